/// One cost or fee the creditor claims, such as "Trustee's fee".
public struct CostItem: Sendable, Hashable, Encodable {
    /// What the cost is for.
    public var label: String
    /// How much.
    public var amount: Money

    /// Creates a cost item.
    public init(label: String, amount: Money) {
        self.label = label
        self.amount = amount
    }
}
