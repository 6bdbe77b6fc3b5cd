import CaseModel

/// The itemised result of a deficiency calculation; never a negative deficiency.
public struct DeficiencyCalculation: Sendable, Hashable, Codable {
    /// Printable lines: each charge, the total owed, each credit (negative), then the result.
    public let lines: [LineItem]
    /// Debt, interest and allowed costs and fees.
    public let totalOwed: Money
    /// What the debt was reduced by for the sale (the sale price or the fair value).
    public let saleCredit: Money
    /// Which measure produced `saleCredit`.
    public let measureApplied: FairValueRule.CreditMeasure
    /// Other credits (insurance proceeds, payments).
    public let otherCredits: Money
    /// What is left owing; zero when the credits cover the debt.
    public let deficiency: Money
    /// What the credits exceed the debt by; zero when there is a deficiency.
    public let surplus: Money
    /// The sentences a letter prints about the calculation.
    public let findings: [Finding]
}
