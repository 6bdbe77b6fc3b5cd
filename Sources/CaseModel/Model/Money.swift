import Foundation

/// An exact amount of US money in cents. Never floating point.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The amount in cents; negative for a credit.
    public var cents: Int

    /// Creates an amount from cents.
    public init(cents: Int) { self.cents = cents }

    /// Creates an amount from whole dollars.
    public init(dollars: Int) { self.cents = dollars * 100 }

    /// Zero dollars.
    public static let zero = Money(cents: 0)

    /// Parses `1234.56`, `$1,234.56`, `1234` or `-12.5`. Returns nil for anything else,
    /// including more than two decimal places.
    public init?(parsing text: String) {
        // Hand-rolled rather than Foundation's trimming and replacing: amounts are parsed for every
        // record of a batch, and the bridged string calls were 10 % of its CPU time (perf).
        var s = Substring(text)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        var negative = false
        if s.first == "-" { negative = true; s.removeFirst() }
        if s.first == "$" { s.removeFirst() }
        if s.contains(",") { s = Substring(s.filter { $0 != "," }) }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), !parts[0].isEmpty,
              parts[0].allSatisfy(\.isASCIIDigit) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let f = parts[1]
            guard (1...2).contains(f.count), f.allSatisfy(\.isASCIIDigit), let v = Int(f) else { return nil }
            fraction = f.count == 1 ? v * 10 : v
        }
        let (product, overflow) = whole.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        cents = (product + fraction) * (negative ? -1 : 1)
    }

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
    public static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    public static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    public static func += (a: inout Money, b: Money) { a.cents += b.cents }
    public static prefix func - (a: Money) -> Money { Money(cents: -a.cents) }

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

extension Character {
    /// Whether the character is one of `0`…`9`.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
