/// An area of land in acres, exact to a thousandth of an acre (Arizona's 2.5-acre limit turns on it).
public struct Acreage: Sendable, Hashable, Comparable, Encodable, CustomStringConvertible {
    /// The area in thousandths of an acre: 2.5 acres is 2500.
    public var thousandths: Int

    /// Creates an area from thousandths of an acre.
    public init(thousandths: Int) { self.thousandths = thousandths }

    /// Parses `2.5`, `40` or `0.125` (up to three decimals); nil for anything else, including `%`.
    public init?(parsing text: String) {
        // The same digits-and-point grammar as a rate, without its percent sign.
        guard !text.contains("%"), let rate = Percentage(parsing: text) else { return nil }
        thousandths = rate.thousandths
    }

    /// `2.5`, `40`, `0.125`: no trailing zeros.
    public var description: String { Percentage(thousandths: thousandths).description.replacingPercent }

    public static func < (a: Acreage, b: Acreage) -> Bool { a.thousandths < b.thousandths }

    /// Encodes as a string such as `"2.5"`, which the case parser reads back.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

private extension String {
    /// The text without a final `%`.
    var replacingPercent: String { hasSuffix("%") ? String(dropLast()) : self }
}
