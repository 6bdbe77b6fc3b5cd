/// A paper the intake asks for ("Summons and complaint"), and whether the debtor has it.
public struct DocumentItem: Sendable, Hashable, Encodable {
    /// The document's name.
    public var name: String
    /// Whether the debtor has it in hand.
    public var have: Bool

    /// Creates a document item.
    public init(name: String, have: Bool) {
        self.name = name
        self.have = have
    }
}
