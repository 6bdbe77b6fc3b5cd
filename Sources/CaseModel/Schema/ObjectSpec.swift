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

    /// The position of the field with `key` in `fields`, if any, searching from `start` on and then
    /// from the beginning (callers that read fields in order pass the position after the last one).
    ///
    /// Keys are compared by length first: every key is read this way, and a call to the string
    /// comparison for each field it is not was a visible cost (perf). That is exact, not a heuristic,
    /// because schema keys are ASCII letters, digits and `_` (a test checks it): no other text is
    /// canonically equivalent to one, so equal keys have equal UTF-8 lengths.
    func fieldIndex(_ key: String, from start: Int = 0) -> Int? {
        let length = key.utf8.count
        let start = start < fields.count ? start : 0
        for index in fields[start...].indices where fields[index].key.utf8.count == length && fields[index].key == key {
            return index
        }
        for index in fields[..<start].indices where fields[index].key.utf8.count == length && fields[index].key == key {
            return index
        }
        return nil
    }

    /// The keys, in order.
    public var keys: [String] { fields.map(\.key) }

    /// The required keys, in order.
    public var requiredKeys: [String] { fields.filter(\.isRequired).map(\.key) }
}
