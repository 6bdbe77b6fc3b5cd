/// An exact annual percentage rate, such as 9% or 6.875%, kept in thousandths of a percent.
public struct Percentage: Sendable, Hashable, Comparable, Encodable, CustomStringConvertible {
    /// The rate in thousandths of a percent: 9% is 9000, 6.875% is 6875.
    public var thousandths: Int

    /// Creates a rate from thousandths of a percent.
    public init(thousandths: Int) { self.thousandths = thousandths }

    /// Creates a whole-number rate, such as `Percentage(percent: 9)`.
    public init(percent: Int) { self.thousandths = percent * 1000 }

    /// Parses `9`, `9%`, `6.875` or `6.875 %`; nil for anything else (including more than three decimals).
    public init?(parsing text: String) {
        var s = Substring(text.filter { $0 != " " })
        if s.hasSuffix("%") { s = s.dropLast() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 6,
              parts[0].allSatisfy(\.isASCIIDigit), let whole = Int(parts[0]) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let f = parts[1]
            guard (1...3).contains(f.count), f.allSatisfy(\.isASCIIDigit), let v = Int(f) else { return nil }
            fraction = v * [1, 100, 10, 1][f.count]
        }
        thousandths = whole * 1000 + fraction
    }

    /// `9%`, `6.875%`, `4.5%`.
    public var description: String {
        let whole = thousandths / 1000, fraction = thousandths % 1000
        guard fraction != 0 else { return "\(whole)%" }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)%"
    }

    public static func < (a: Percentage, b: Percentage) -> Bool { a.thousandths < b.thousandths }

    /// Encodes as a string such as `"6.875%"`, which the case parser reads back.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
