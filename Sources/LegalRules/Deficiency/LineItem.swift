import CaseModel

/// One printable line of a calculation: a label and an amount.
public struct LineItem: Sendable, Hashable, Codable {
    /// What the line is, such as "Accrued interest".
    public let label: String
    /// The amount (credits are shown as negative amounts in `DeficiencyCalculation.lines`).
    public let amount: Money

    /// Creates a line.
    public init(_ label: String, _ amount: Money) {
        self.label = label
        self.amount = amount
    }
}
