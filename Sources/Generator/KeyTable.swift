import Templating

/// The keys of a map that the context builds for every record, hashed once.
///
/// Storing a key in a dictionary hashes it, and hashing was the largest single cost of building a
/// context. `Dictionary.mapValues` copies its hash table as it is (same keys in the same buckets,
/// same seed) and hashes nothing, so a map of a known set of keys is made from a prototype that
/// maps each key to the field it holds. A value whose optional fields may be absent has one
/// prototype per combination: an absent optional is left out, as the keyed encoder leaves it out.
struct KeyTable<Field: Sendable>: Sendable {
    /// One prototype per combination of optional fields present; bit i of the index is optional i.
    private let prototypes: [[String: Field]]

    /// A table of `required` keys, plus any combination of the `optional` ones (a handful at most:
    /// there are 2^count prototypes).
    init(required: KeyValuePairs<String, Field>, optional: KeyValuePairs<String, Field> = [:]) {
        precondition(optional.count <= 6, "a KeyTable makes 2^n prototypes")
        prototypes = (0..<(1 << optional.count)).map { present in
            var prototype = [String: Field](minimumCapacity: required.count + optional.count)
            for (key, field) in required { prototype[key] = field }
            for (i, (key, field)) in optional.enumerated() where present & (1 << i) != 0 { prototype[key] = field }
            return prototype
        }
    }

    /// The map with the keys of the optionals in `present` (bit i for optional i) and the
    /// required ones, each holding `value(field)`.
    func map(present: Int = 0, _ value: (Field) -> TemplateValue) -> TemplateValue {
        .map(prototypes[present].mapValues(value))
    }
}
