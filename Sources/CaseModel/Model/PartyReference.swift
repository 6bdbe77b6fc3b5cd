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
    }

    /// Reads a role's field name (case, spaces and underscores aside: "Collector", "current creditor"),
    /// or keeps any other text as a name.
    public init(_ text: String) {
        let key = Suggestion.normalized(text)
        self = Role.allCases.first { Suggestion.normalized($0.rawValue) == key }.map(PartyReference.role) ?? .named(text)
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
