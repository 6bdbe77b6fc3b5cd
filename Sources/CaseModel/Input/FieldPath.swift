/// Where an object or a list item sits in a case file, kept in parts until a message needs it as text.
///
/// Most values have nothing wrong with them, so their path is never shown: building `income[2]` or
/// `debt.property_address` for every list item and nested object was a visible cost of reading a
/// case (perf, callgrind). The parts are the parent object's path, a key, and a position in a list.
struct FieldPath: CustomStringConvertible {
    /// The path of the object that holds the field (empty at the top level).
    let parent: String
    /// The field's key; nil for the top level.
    let key: String?
    /// The item's position in the list at `key`; nil for a field.
    let index: Int?

    /// The top level of the file.
    static let root = FieldPath(parent: "", key: nil, index: nil)

    /// The path as text: `debtor.address`, `income[2]`, `actions.levies[0].deposits[1]`.
    var description: String {
        var text = parent
        if let key { text = text.isEmpty ? key : text + "." + key }
        if let index { text += "[" + String(index) + "]" }
        return text
    }
}
