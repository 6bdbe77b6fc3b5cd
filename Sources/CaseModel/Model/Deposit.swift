/// One deposit into a levied account; exemptions depend on its source and on direct deposit.
public struct Deposit: Sendable, Hashable, Encodable {
    /// The date it posted.
    public var date: CalendarDate
    /// How much.
    public var amount: Money
    /// Where it came from.
    public var source: IncomeSource
    /// Whether it arrived by electronic direct deposit (31 CFR 212 protects only those).
    public var directDeposit: Bool

    /// Creates a deposit.
    public init(date: CalendarDate, amount: Money, source: IncomeSource, directDeposit: Bool = false) {
        self.date = date
        self.amount = amount
        self.source = source
        self.directDeposit = directDeposit
    }

    enum CodingKeys: String, CodingKey {
        case date, amount, source
        case directDeposit = "direct_deposit"
    }
}
