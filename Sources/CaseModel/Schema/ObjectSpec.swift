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
    /// visible cost. Immutable, so sharing it is safe.
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
        /// Every key's UTF-8 bytes, one after another, and where each field's key starts in them.
        let keyBytes: [UInt8]
        let keyStarts: [Int]
        /// Each key's first eight bytes as one number (see `ObjectSpec.prefix(_:)`).
        let keyPrefixes: [UInt64]
        /// The keys, by position: comparing with `fields[i].key` copied the whole field each time.
        let keys: [String]
        /// For each field that holds an object, the object's definition name; nil for other fields.
        let objectNames: [String?]

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
            self.keyStarts = fields.indices.map { lengths[..<$0].reduce(0, +) }
            self.keyBytes = fields.flatMap(\.key.utf8)
            self.keyPrefixes = fields.map { ObjectSpec.prefix(Array($0.key.utf8).span) }
            self.keys = fields.map(\.key)
            self.objectNames = fields.map { if case .object(let name) = $0.type { name } else { nil } }
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
    /// visible cost. That is exact, not a heuristic, because schema keys are ASCII
    /// letters, digits and `_` (a test checks it): no other text is canonically equivalent to one, so
    /// equal keys have equal UTF-8 lengths.
    func fieldIndex(_ key: String) -> Int? {
        let storage = self.storage
        let length = key.utf8.count
        guard length < storage.firstOfLength.count else { return nil }
        var index = storage.firstOfLength[length]
        while index >= 0 {
            if storage.keys[index] == key { return index }
            index = storage.nextOfLength[index]
        }
        return nil
    }

    /// The position of the field whose key is the UTF-8 text `key`, if any: `fieldIndex(_:)` for a
    /// key still in the bytes of a file, so that no `String` is made for it.
    ///
    /// Bytes compare as `String`s do here for the reason given there: a schema key is ASCII, and
    /// no other text is canonically equivalent to it.
    func fieldIndex(utf8 key: Span<UInt8>) -> Int? {
        let storage = self.storage
        let length = key.count
        guard length < storage.firstOfLength.count else { return nil }
        var index = storage.firstOfLength[length]
        guard index >= 0 else { return nil }
        // The first eight bytes compared as one number decide nearly every key (most are that short).
        let prefix = ObjectSpec.prefix(key)
        let keyBytes = storage.keyBytes
        while index >= 0 {
            if storage.keyPrefixes[index] == prefix,
                length <= 8 || keyBytes.span.bytesEqual(storage.keyStarts[index] + 8, key, 8, count: length - 8)
            {
                return index
            }
            index = storage.nextOfLength[index]
        }
        return nil
    }

    /// The first eight bytes of `key` (all of a shorter key, then zeros) as one number, the first byte lowest.
    static func prefix(_ key: Span<UInt8>) -> UInt64 {
        if key.count >= 8 { return UInt64(littleEndian: key.bytes.unsafeLoadUnaligned(as: UInt64.self)) }
        var value: UInt64 = 0
        for i in key.indices { value |= UInt64(key[i]) << (8 * UInt64(i)) }
        return value
    }

    /// The positions of the required fields in `fields`, in order (without copying every field to ask).
    var requiredFieldIndices: [Int] { storage.requiredIndices }

    /// The keys, in order.
    public var keys: [String] { storage.keys }

    /// The definition name of the object the field at `index` holds; nil when it holds something else.
    func objectName(ofField index: Int) -> String? { storage.objectNames[index] }
    /// The required keys, in order.
    public var requiredKeys: [String] { fields.filter(\.isRequired).map(\.key) }
}
