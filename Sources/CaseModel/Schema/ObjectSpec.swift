/// One kind of object in a case file (`Case`, `Debtor`, `Address`, …) and its fields in file order.
public struct ObjectSpec: Sendable, Hashable {
    /// The definition name, as in the JSON Schema's `$defs`.
    public var name: String { storage.name }
    /// One sentence for the schema and the documentation.
    public var summary: String { storage.summary }
    /// The fields, in the order documents list them.
    public var fields: [FieldSpec] { storage.fields }

    /// Everything, behind one reference: a spec is copied into the reader of every object of every
    /// case read, and copying four references (name, summary, fields, key lengths) each time was a
    /// visible cost (callgrind). Immutable, so sharing it is safe.
    private let storage: Storage

    private final class Storage: Sendable {
        let name: String
        let summary: String
        let fields: [FieldSpec]
        /// The UTF-8 length of each field's key, by position, for `fieldIndex(_:from:)`.
        let keyLengths: [Int]
        /// The positions of the required fields, in order.
        let requiredIndices: [Int]

        init(name: String, summary: String, fields: [FieldSpec]) {
            self.name = name
            self.summary = summary
            self.fields = fields
            self.keyLengths = fields.map(\.key.utf8.count)
            self.requiredIndices = fields.indices.filter { fields[$0].isRequired }
        }
    }

    /// Creates an object specification.
    public init(_ name: String, _ summary: String, _ fields: [FieldSpec]) {
        storage = Storage(name: name, summary: summary, fields: fields)
    }

    public static func == (a: ObjectSpec, b: ObjectSpec) -> Bool {
        a.storage === b.storage || (a.name == b.name && a.summary == b.summary && a.fields == b.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(summary)
        hasher.combine(fields)
    }

    /// The field with `key`, if any.
    public func field(_ key: String) -> FieldSpec? { fieldIndex(key).map { storage.fields[$0] } }

    /// The position of the field with `key` in `fields`, if any, searching from `start` on and then
    /// from the beginning (callers that read fields in order pass the position after the last one).
    ///
    /// Keys are compared by length first: every key is read this way, and a call to the string
    /// comparison for each field it is not was a visible cost (perf). That is exact, not a heuristic,
    /// because schema keys are ASCII letters, digits and `_` (a test checks it): no other text is
    /// canonically equivalent to one, so equal keys have equal UTF-8 lengths.
    func fieldIndex(_ key: String, from start: Int = 0) -> Int? {
        let length = key.utf8.count
        let lengths = storage.keyLengths, fields = storage.fields
        let start = start < lengths.count ? start : 0
        for index in lengths[start...].indices where lengths[index] == length && fields[index].key == key {
            return index
        }
        for index in lengths[..<start].indices where lengths[index] == length && fields[index].key == key {
            return index
        }
        return nil
    }

    /// The positions of the required fields in `fields`, in order (without copying every field to ask).
    var requiredFieldIndices: [Int] { storage.requiredIndices }

    /// The keys, in order.
    public var keys: [String] { fields.map(\.key) }
    /// The required keys, in order.
    public var requiredKeys: [String] { fields.filter(\.isRequired).map(\.key) }
}
