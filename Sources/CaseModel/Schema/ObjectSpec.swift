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
        /// For each UTF-8 length up to the longest key, the first field whose key has it, or -1;
        /// with `nextOfLength`, the chains `fieldIndex(_:)` walks.
        let firstOfLength: [Int]
        /// For each field, the next field whose key has the same UTF-8 length, or -1.
        let nextOfLength: [Int]
        /// The positions of the required fields, in order.
        let requiredIndices: [Int]

        init(name: String, summary: String, fields: [FieldSpec]) {
            self.name = name
            self.summary = summary
            self.fields = fields
            let lengths = fields.map(\.key.utf8.count)
            var firstOfLength = [Int](repeating: -1, count: (lengths.max() ?? 0) + 1)
            var nextOfLength = [Int](repeating: -1, count: fields.count)
            for index in fields.indices.reversed() {
                nextOfLength[index] = firstOfLength[lengths[index]]
                firstOfLength[lengths[index]] = index
            }
            self.firstOfLength = firstOfLength
            self.nextOfLength = nextOfLength
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

    /// The position of the field with `key` in `fields`, if any.
    ///
    /// Only the keys of the same UTF-8 length are compared, one or two at most, through chains built
    /// once: every key of every case is looked up here, and comparing strings field after field was a
    /// visible cost (perf, callgrind). That is exact, not a heuristic, because schema keys are ASCII
    /// letters, digits and `_` (a test checks it): no other text is canonically equivalent to one, so
    /// equal keys have equal UTF-8 lengths.
    func fieldIndex(_ key: String) -> Int? {
        let storage = self.storage
        let length = key.utf8.count
        guard length < storage.firstOfLength.count else { return nil }
        var index = storage.firstOfLength[length]
        while index >= 0 {
            if storage.fields[index].key == key { return index }
            index = storage.nextOfLength[index]
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
