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
        // One pass over the UTF-8 bytes (spaces skipped anywhere, one `%` only at the end): rates are
        // read for every record of a batch. Any non-ASCII byte fails, as any non-ASCII character did.
        var whole = 0, wholeDigits = 0, fraction = 0
        var fractionDigits: Int?  // nil until the point
        var percentSign = false
        for byte in text.utf8 where byte != UInt8(ascii: " ") {
            guard !percentSign else { return nil }
            if byte == UInt8(ascii: "%") {
                percentSign = true
            } else if byte == UInt8(ascii: "."), fractionDigits == nil {
                fractionDigits = 0
            } else if byte.isASCIIDigit {
                let digit = Int(byte &- UInt8(ascii: "0"))
                if let count = fractionDigits {
                    guard count < 3 else { return nil }
                    fractionDigits = count + 1
                    fraction = fraction * 10 + digit
                } else {
                    guard wholeDigits < 6 else { return nil }
                    wholeDigits += 1
                    whole = whole * 10 + digit
                }
            } else {
                return nil
            }
        }
        guard wholeDigits > 0, fractionDigits != 0 else { return nil }
        thousandths = whole * 1000 + fraction * [1, 100, 10, 1][fractionDigits ?? 0]
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
