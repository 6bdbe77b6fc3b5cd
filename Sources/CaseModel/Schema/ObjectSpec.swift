/// One kind of object in a case file (`Case`, `Debtor`, `Address`, …) and its fields in file order.
public struct ObjectSpec: Sendable, Hashable {
    /// The definition name, as in the JSON Schema's `$defs`.
    public let name: String
    /// One sentence for the schema and the documentation.
    public let summary: String
    /// The fields, in the order documents list them.
    public let fields: [FieldSpec]

    /// Creates an object specification.
    public init(_ name: String, _ summary: String, _ fields: [FieldSpec]) {
        self.name = name
        self.summary = summary
        self.fields = fields
    }

    /// The field with `key`, if any.
    public func field(_ key: String) -> FieldSpec? { fields.first { $0.key == key } }

    /// The position of the field with `key` in `fields`, if any.
    func fieldIndex(_ key: String) -> Int? { fields.firstIndex { $0.key == key } }

    /// The keys, in order.
    public var keys: [String] { fields.map(\.key) }

    /// The required keys, in order.
    public var requiredKeys: [String] { fields.filter(\.isRequired).map(\.key) }
}
