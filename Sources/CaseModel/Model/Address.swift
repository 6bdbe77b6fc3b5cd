/// A US postal address.
public struct Address: Sendable, Hashable, Encodable {
    /// Street address, such as "1200 Elm Street".
    public var line1: String
    /// Apartment, suite or unit, if any.
    public var line2: String?
    /// City or town.
    public var city: String
    /// State or DC.
    public var state: Jurisdiction
    /// `12345` or `12345-6789`.
    public var zip: String

    /// Creates an address.
    public init(line1: String, line2: String? = nil, city: String, state: Jurisdiction, zip: String) {
        self.line1 = line1
        self.line2 = line2
        self.city = city
        self.state = state
        self.zip = zip
    }

    /// Street lines, then "City, ST 12345", as printed on an envelope.
    public var lines: [String] {
        [line1] + (line2.map { [$0] } ?? []) + ["\(city), \(state.code) \(zip)"]
    }

    /// Whether `text` is a ZIP code: five digits, or ZIP+4 (`12345-6789`).
    public static func isZIPCode(_ text: String) -> Bool {
        // `12345` or `12345-6789`, checked byte by byte (no splitting: this runs for every address).
        let bytes = text.utf8.span
        guard bytes.count == 5 || bytes.count == 10 else { return false }
        for i in bytes.indices {
            guard i == 5 ? bytes[i] == UInt8(ascii: "-") : bytes[i].isASCIIDigit else { return false }
        }
        return true
    }
}
