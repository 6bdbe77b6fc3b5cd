import CaseModel

/// One deposit into a levied or frozen account.
public struct LevyDeposit: Sendable, Hashable, Codable {
    /// The date it posted.
    public let date: CalendarDate
    /// The amount.
    public let amount: Money
    /// Where it came from.
    public let source: IncomeSource
    /// Whether it arrived by direct deposit (ACH) rather than a paper check or cash.
    public let directDeposit: Bool

    /// Creates a deposit.
    public init(date: CalendarDate, amount: Money, source: IncomeSource, directDeposit: Bool = true) {
        self.date = date
        self.amount = amount
        self.source = source
        self.directDeposit = directDeposit
    }
}
