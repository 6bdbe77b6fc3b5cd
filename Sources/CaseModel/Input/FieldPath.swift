/// Where an object or a list item sits in a case file, kept in parts until a message needs it as text.
///
/// Most values have nothing wrong with them, so their path is never shown: building `income[2]` for
/// every list item with string interpolation was a visible cost of reading a case (perf).
struct FieldPath: CustomStringConvertible {
    /// The path of the field, or of the list that holds the item.
    let base: String
    /// The item's position in the list at `base`; nil for a field.
    let index: Int?

    /// The path of a field, such as `debtor.address`.
    init(_ base: String) {
        self.base = base
        self.index = nil
    }

    /// The path of the item at `index` of the list at `list`.
    init(list: String, index: Int) {
        self.base = list
        self.index = index
    }

    /// The path as text: `debtor.address`, `income[2]`.
    var description: String {
        guard let index else { return base }
        return base + "[" + String(index) + "]"
    }
}
