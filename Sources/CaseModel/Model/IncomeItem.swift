/// One source of household income.
public struct IncomeItem: Sendable, Hashable, Encodable {
    /// Where it comes from (exemptions depend on it).
    public var source: IncomeSource
    /// How much per `frequency`.
    public var amount: Money
    /// How often it is paid.
    public var frequency: IncomeFrequency
    /// Who pays it ("Social Security Administration", an employer).
    public var payer: String?
    /// Whether `amount` is gross (before deductions) or net (take-home).
    public var basis: AmountBasis?

    /// Creates an income item.
    public init(source: IncomeSource, amount: Money, frequency: IncomeFrequency, payer: String? = nil, basis: AmountBasis? = nil) {
        self.source = source
        self.amount = amount
        self.frequency = frequency
        self.payer = payer
        self.basis = basis
    }

    /// The amount over a year, exactly (52 weeks, 26 fortnights, 24 half-months, 12 months).
    public var annualAmount: Money { amount.multiplied(by: frequency.timesPerYear) }
}
