/// Who made a contact: one of the case's parties by role, or someone named in free text.
public enum PartyReference: Sendable, Hashable, Encodable, CustomStringConvertible {
    /// A party of the case by its role.
    case role(Role)
    /// Someone who is not one of the case's parties, as written.
    case named(String)

    /// The roles a contact can refer to; the raw values are the case file's field names.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// `original_creditor`.
        case originalCreditor = "original_creditor"
        /// `current_creditor`.
        case currentCreditor = "current_creditor"
        /// `collector`.
        case collector
        /// `collection_attorney`.
        case collectionAttorney = "collection_attorney"

        /// Each role with its field name without `_`.
        private static let normalizedNames: [(role: Role, name: [UInt8])] =
            allCases.map { ($0, Array($0.rawValue.utf8.filter { $0 != UInt8(ascii: "_") })) }

        /// The role whose field name matches `text` once both are `Suggestion.normalized`.
        init?(normalizedName text: String) {
            guard text.isASCIIOnly else {
                let key = Suggestion.normalized(text)
                guard let role = Role.allCases.first(where: { Suggestion.normalized($0.rawValue) == key }) else { return nil }
                self = role
                return
            }
            // ASCII text, byte by byte: every contact names a party, and normalizing each name and
            // each role as new strings cost more than the rest of reading the contact.
            guard let role = Role.normalizedNames.first(where: { $0.name.matches(normalized: text) })?.role else { return nil }
            self = role
        }
    }

    /// Reads a role's field name (case, spaces and underscores aside: "Collector", "current creditor"),
    /// or keeps any other text as a name.
    public init(_ text: String) {
        self = Role(normalizedName: text).map(PartyReference.role) ?? .named(text)
    }

    /// The role's field name, or the name.
    public var description: String {
        switch self {
        case .role(let role): return role.rawValue
        case .named(let name): return name
        }
    }

    /// Encodes as the text it was read from.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

private extension Array where Element == UInt8 {
    /// Whether ASCII `text`, lowercased and without `_`, `-` and spaces, is these bytes.
    func matches(normalized text: String) -> Bool {
        var i = 0
        let bytes = text.utf8.span  // rather than iterating `utf8`, several times cheaper
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ") { continue }
            guard i < count, self[i] == byte | (byte &- UInt8(ascii: "A") < 26 ? 0x20 : 0) else { return false }
            i += 1
        }
        return i == count
    }
}
