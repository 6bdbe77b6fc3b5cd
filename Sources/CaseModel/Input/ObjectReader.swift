/// One object of a case file being read against its `ObjectSpec`.
///
/// Creating a reader reports, once, every unknown key (with a suggestion) and every missing
/// required field, so the typed reads that follow only have to check the values themselves.
struct ObjectReader {
    /// Where the object is, such as `debtor.address` (empty at the top level).
    let location: FieldPath
    /// What the object may contain.
    let spec: ObjectSpec
    /// The object's entries, as read.
    private let entries: [CaseNode.Entry]
    /// For each field of `spec`, by position, the index of its entry in `entries`, or -1 (no hashing:
    /// objects are small). Inline rather than an array of nodes: one allocation fewer per object, and
    /// no copy of each node, which perf showed as a visible cost of reading a case.
    private let slots: InlineArray<32, Int32>

    /// Reads `node` as an object of kind `spec`; nil (with an error) when it is not an object.
    init?(_ node: CaseNode, at location: FieldPath, spec: ObjectSpec, diagnostics: inout [CaseDiagnostic]) {
        guard case .mapping(let entries) = node else {
            let fields = spec.requiredKeys.isEmpty ? "" : " with " + spec.requiredKeys.joined(separator: ", ")
            diagnostics.append(.error(location.description, "expected an object\(fields), found \(node.summary)"))
            return nil
        }
        // Slots, the required check and the errors all work on locals, and `self` is assigned last:
        // calling a method of `self` before that copied the whole reader (its path, spec and entries,
        // four reference counts each time) for every object read (counted with perf probes).
        var slots = InlineArray<32, Int32>(repeating: -1)
        precondition(spec.fields.count <= slots.count, "\(spec.name) has more fields than ObjectReader.slots holds")
        for position in entries.indices {
            guard let index = spec.fieldIndex(entries[position].key) else {
                diagnostics.append(ObjectReader.unknownField(entries[position].key, in: spec, at: location.description))
                continue
            }
            slots[index] = Int32(position)  // a repeated key: the last one wins
        }
        for index in spec.requiredFieldIndices where ObjectReader.isAbsent(index, slots: slots, entries: entries) {
            let field = spec.fields[index]
            let path = location.description
            diagnostics.append(.error(path.isEmpty ? field.key : path + "." + field.key, "required field is missing",
                                      hint: ObjectReader.hint(for: field)))
        }
        self.location = location
        self.spec = spec
        self.entries = entries
        self.slots = slots
    }

    /// The value at `key`, treating null and blank text as absent.
    subscript(key: String) -> CaseNode? {
        guard let index = spec.fieldIndex(key) else {
            preconditionFailure("\(spec.name) has no field \(key) in CaseSchema")
        }
        return value(at: index)
    }

    /// The value of the field at `index` of `spec`, or nil when it is absent, null or blank text.
    private func value(at index: Int) -> CaseNode? {
        let position = Int(slots[index])
        guard position >= 0 else { return nil }
        switch entries[position].value {
        case .null: return nil
        case .string(let text) where !(text.utf8Ends?.first.isASCIIText ?? false) && text.allSatisfy(\.isWhitespace): return nil
        case let value: return value
        }
    }

    /// Whether the field at `index` is absent, null or blank text (as `value(at:)` would answer), for
    /// the required-field check before `self` exists.
    private static func isAbsent(_ index: Int, slots: borrowing InlineArray<32, Int32>, entries: borrowing [CaseNode.Entry]) -> Bool {
        let position = Int(slots[index])
        guard position >= 0 else { return true }
        switch entries[position].value {
        case .null: return true
        case .string(let text): return !(text.utf8Ends?.first.isASCIIText ?? false) && text.allSatisfy(\.isWhitespace)
        default: return false
        }
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
