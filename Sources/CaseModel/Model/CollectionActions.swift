/// What the creditor has done to collect: garnishments, bank levies and liens.
public struct CollectionActions: Sendable, Hashable, Encodable {
    /// Wage garnishments.
    public var garnishments: [Garnishment]
    /// Bank levies, restraints or freezes.
    public var levies: [BankLevy]
    /// Judgment liens on property.
    public var liens: [Lien]

    /// Creates the collection actions.
    public init(garnishments: [Garnishment] = [], levies: [BankLevy] = [], liens: [Lien] = []) {
        self.garnishments = garnishments
        self.levies = levies
        self.liens = liens
    }

    /// Whether nothing has been done yet.
    public var isEmpty: Bool { garnishments.isEmpty && levies.isEmpty && liens.isEmpty }
}
