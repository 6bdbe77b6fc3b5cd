/// One field of a case-file object: its key, its type, whether it is required, and what it means.
public struct FieldSpec: Sendable, Hashable {
    /// The key as written in files, such as `balance_claimed`.
    public let key: String
    /// The type of its value.
    public let type: FieldType
    /// Whether a file must give it.
    public let isRequired: Bool
    /// One sentence for the schema and the documentation.
    public let summary: String

    /// Creates a field.
    public init(_ key: String, _ type: FieldType, required: Bool = false, _ summary: String) {
        self.key = key
        self.type = type
        self.isRequired = required
        self.summary = summary
    }
}
