/// One object of a case file being read against its `ObjectSpec`.
///
/// Creating a reader reports, once, every unknown key (with a suggestion) and every missing
/// required field, so the typed reads that follow only have to check the values themselves.
struct ObjectReader {
    /// Where the object is, such as `debtor.address` (empty at the top level).
    let location: FieldPath
    /// What the object may contain.
    let spec: ObjectSpec
    /// For each field of `spec`, by position, the index of its value's node in the tree, or -1 when
    /// it is absent, null or blank text. Inline rather than an array: one allocation fewer per object.
    private let slots: InlineArray<32, Int32>

    /// Reads the node at `node` of `tree` as an object of kind `spec`; nil (with an error) when it is not an object.
    init?(
        _ tree: borrowing FlatTree, _ node: Int, at location: FieldPath, spec: ObjectSpec,
        diagnostics: inout [CaseDiagnostic]
    ) {
        let object = tree[node]
        guard object.kind == .mapping else {
            let fields = spec.requiredKeys.isEmpty ? "" : " with " + spec.requiredKeys.joined(separator: ", ")
            diagnostics.append(.error(location.description, "expected an object\(fields), found \(tree.summary(node))"))
            return nil
        }
        // Slots, the required check and the errors all work on locals, and `self` is assigned last:
        // calling a method of `self` before that copied the whole reader (its path and spec) for every
        // object read (counted with perf probes).
        var slots = InlineArray<32, Int32>(repeating: -1)
        precondition(spec.fields.count <= slots.count, "\(spec.name) has more fields than ObjectReader.slots holds")
        let text = tree.text.span
        var child = node + 1
        while child < object.end {
            let entry = tree[child]
            // Keys are matched as bytes: no `String` is made for a key the schema knows.
            if let index = spec.fieldIndex(utf8: text.extracting(entry.keyStart..<entry.keyEnd)) {
                // A repeated key: the last one wins.
                slots[index] = tree.isNullOrBlank(child) ? -1 : Int32(child)
            } else {
                diagnostics.append(ObjectReader.unknownField(tree.key(child), in: spec, at: location.description))
            }
            child = tree.next(after: child)
        }
        for index in spec.requiredFieldIndices where slots[index] < 0 {
            let field = spec.fields[index]
            let path = location.description
            diagnostics.append(
                .error(
                    path.isEmpty ? field.key : path + "." + field.key, "required field is missing",
                    hint: ObjectReader.hint(for: field)))
        }
        self.location = location
        self.spec = spec
        self.slots = slots
    }

    /// The node of the value at `key`, treating null and blank text as absent.
    subscript(key: String) -> Int? {
        let node = slots[fieldIndex(key)]
        return node >= 0 ? Int(node) : nil
    }

    /// The node of the value at `key` and the definition name of the object the schema says it is;
    /// nil when the value is absent (as `self[key]`) or the field does not hold an object.
    func object(at key: String) -> (node: Int, kind: String)? {
        let index = fieldIndex(key)
        guard slots[index] >= 0, let kind = spec.objectName(ofField: index) else { return nil }
        return (Int(slots[index]), kind)
    }

    /// The position of `key` in `spec`; traps when the table and a reader disagree, which a test would catch.
    private func fieldIndex(_ key: String) -> Int {
        guard let index = spec.fieldIndex(key) else {
            preconditionFailure("\(spec.name) has no field \(key) in CaseSchema")
        }
        return index
    }

    /// The object's path as text, such as `debtor.address` (empty at the top level).
    var path: String { location.description }

    /// The path of a field of this object.
    func childPath(_ key: String) -> String {
        let path = self.path
        return path.isEmpty ? key : path + "." + key
    }

    /// The field's type; traps when the table and a reader disagree, which a test would catch.
    func type(of key: String) -> FieldType { spec.field(key)!.type }

    private static func unknownField(_ key: String, in spec: ObjectSpec, at path: String) -> CaseDiagnostic {
        let full = path.isEmpty ? key : path + "." + key
        if let guess = Suggestion.closest(to: key, in: spec.keys) {
            let guessPath = path.isEmpty ? guess : path + "." + guess
            return .error(full, "unknown field; did you mean \(guessPath)?")
        }
        return .error(full, "unknown field", hint: "known fields here: " + spec.keys.joined(separator: ", "))
    }

    private static func hint(for field: FieldSpec) -> String {
        var summary = field.summary
        if summary.hasSuffix(".") { summary.removeLast() }
        // Lowercase the first letter for a parenthetical, but not in an acronym such as "ZIP".
        guard let second = summary.dropFirst().first, second.isLowercase else { return summary }
        return summary.prefix(1).lowercased() + summary.dropFirst()
    }
}
