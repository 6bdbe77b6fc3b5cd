/// The shape of a case file: every object, its fields, which are required and their types.
///
/// This table is the single source of truth for the keys the decoder knows (unknown keys and
/// "did you mean" suggestions come from it), for its required-field checks, and for
/// `schema/case.schema.json`, which a test keeps equal to it.
public enum CaseSchema {
    /// The name of the top-level object.
    public static let rootName = "Case"

    /// Every object kind, the top level first.
    public static let objects: [ObjectSpec] = [
        caseSpec, debtorSpec, partySpec, addressSpec, debtSpec, saleSpec, costItemSpec, judgmentSpec,
        contactSpec, contactPreferencesSpec, hourRangeSpec, actionsSpec, garnishmentSpec, bankLevySpec, depositSpec, lienSpec, incomeSpec,
        assetSpec, documentSpec,
    ]

    /// The name of each of `objects` and its UTF-8 length, by position.
    private static let objectNames = objects.map { (name: $0.name, length: $0.name.utf8.count) }

    /// The object named `name`. Traps for an unknown name: names come from this table itself.
    public static func object(_ name: String) -> ObjectSpec {
        // Names compared by length first, like keys in `ObjectSpec.fieldIndex(_:)`, in an array of
        // their own: this runs for every object of every case read.
        let length = name.utf8.count
        guard let index = objectNames.firstIndex(where: { $0.length == length && $0.name == name }) else {
            preconditionFailure("CaseSchema has no object named \(name)")
        }
        return objects[index]
    }

    /// The field at a dotted path such as `debtor.address.zip` or `income[0].source`, if it exists.
    public static func field(atPath path: String) -> FieldSpec? {
        var spec: ObjectSpec? = object(rootName)
        var found: FieldSpec?
        for part in path.split(separator: ".") {
            guard let current = spec, let field = current.field(String(part.prefix { $0 != "[" })) else { return nil }
            found = field
            if case .object(let name) = field.type.elementType { spec = object(name) } else { spec = nil }
        }
        return found
    }
}

extension FieldType {
    /// The type of a list's items, or the type itself.
    public var elementType: FieldType {
        if case .list(let inner) = self { return inner }
        return self
    }
}
