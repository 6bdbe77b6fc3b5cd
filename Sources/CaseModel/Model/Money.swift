import Foundation

/// An exact amount of US money in cents. Never floating point.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The amount in cents; negative for a credit.
    public var cents: Int

    /// Creates an amount from cents.
    public init(cents: Int) { self.cents = cents }

    /// Creates an amount from whole dollars (saturating at the limits of `Int` rather than trapping).
    public init(dollars: Int) { self = Money(cents: dollars).multiplied(by: 100) }

    /// Zero dollars.
    public static let zero = Money(cents: 0)

    /// The largest amount a case file may hold, either way: $1,000,000,000,000.00. Far above any
    /// consumer debt, and far enough below `Int.max` cents that sums and yearly totals of such
    /// amounts cannot overflow.
    public static let limit = Money(cents: 100_000_000_000_000)

    /// Parses `1234.56`, `$1,234.56`, `1234` or `-12.5`. Returns nil for anything else,
    /// including more than two decimal places.
    public init?(parsing text: String) {
        self.init(parsingUTF8: text.utf8.span)
    }

    /// `init(parsing:)` from UTF-8 bytes (the case reader reads amounts in place).
    init?(parsingUTF8 bytes: Span<UInt8>) {
        guard let shape = AmountShape(utf8: bytes), let whole = shape.whole else { return nil }
        let (product, overflow) = whole.multipliedReportingOverflow(by: 100)
        let (sum, sumOverflow) = product.addingReportingOverflow(shape.fraction)
        guard !overflow, !sumOverflow else { return nil }
        cents = shape.negative ? -sum : sum
    }

    /// Whether `text` has the shape `Money(parsing:)` reads, whatever its size: so that an amount too
    /// large for `Int` cents can be reported as too large rather than as not an amount.
    static func isWellFormed(_ text: String) -> Bool { AmountShape(text) != nil }

    /// `$1,234.56` (US style, minus sign before the dollar sign).
    public var description: String {
        let magnitude = cents.magnitude
        let dollars = String(magnitude / 100)
        var grouped = ""
        for (i, ch) in dollars.enumerated() {
            if i > 0, (dollars.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        let c = magnitude % 100
        return (cents < 0 ? "-" : "") + "$" + grouped + "." + (c < 10 ? "0" : "") + String(c)
    }

    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
    // The arithmetic saturates instead of trapping: amounts come from user files, and one absurd
    // record must not kill a whole batch. Parsed amounts are bounded by `limit`, so saturation is a
    // last line of defence, never a result anyone sees for a valid case.

    /// The sum, saturating at the limits of `Int` cents.
    public static func + (a: Money, b: Money) -> Money { Money(cents: saturating(a.cents.addingReportingOverflow(b.cents))) }
    /// The difference, saturating at the limits of `Int` cents.
    public static func - (a: Money, b: Money) -> Money { Money(cents: saturating(a.cents.subtractingReportingOverflow(b.cents))) }
    /// Adds in place, saturating.
    public static func += (a: inout Money, b: Money) { a = a + b }
    /// Subtracts in place, saturating.
    public static func -= (a: inout Money, b: Money) { a = a - b }
    /// The negated amount (`Int.min` cents becomes `Int.max`).
    public static prefix func - (a: Money) -> Money { Money(cents: saturating(0.subtractingReportingOverflow(a.cents))) }

    /// The amount `times` times over, saturating (a yearly total from a per-period amount, say).
    public func multiplied(by times: Int) -> Money {
        let (product, overflow) = cents.multipliedReportingOverflow(by: times)
        guard overflow else { return Money(cents: product) }
        return Money(cents: (cents < 0) == (times < 0) ? .max : .min)
    }

    /// The value of an overflowing sum or difference clamped to `Int.min...Int.max`.
    private static func saturating(_ result: (partialValue: Int, overflow: Bool)) -> Int {
        guard result.overflow else { return result.partialValue }
        // A wrapped result has the opposite sign of the true one.
        return result.partialValue < 0 ? .max : .min
    }

    /// Decodes from a JSON/YAML number (dollars, up to two decimals) or a string such as `"$1,234.56"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let i = try? container.decode(Int.self) {
            self.init(dollars: i)
        } else if let s = try? container.decode(String.self), let m = Money(parsing: s) {
            self = m
        } else if let d = try? container.decode(Double.self), let m = Money(exactly: d) {
            self = m
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected an amount in dollars such as 1234.56")
        }
    }

    /// Encodes as a string with two decimals, such as `"1234.56"`, so nothing is lost to floating point.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        let m = cents.magnitude
        try container.encode((cents < 0 ? "-" : "") + "\(m / 100)." + (m % 100 < 10 ? "0" : "") + "\(m % 100)")
    }

    /// An amount from a number of dollars, if it has at most two decimal places.
    public init?(exactly dollars: Double) {
        let scaled = (dollars * 100).rounded()
        guard scaled.isFinite, abs(scaled - dollars * 100) < 1e-6, abs(scaled) < 9e15 else { return nil }
        cents = Int(scaled)
    }
}
