/// A money judgment entered against the debtor.
public struct Judgment: Sendable, Hashable, Encodable {
    /// The court, such as "Supreme Court of the State of New York".
    public var court: String
    /// The county, if the court is a county court.
    public var county: String?
    /// The party that sued, as the judgment names it (the judgment creditor); nil when not given.
    public var plaintiff: String?
    /// The case or index number.
    public var caseNumber: String
    /// The date the judgment was entered.
    public var date: CalendarDate
    /// The amount of the judgment.
    public var amount: Money
    /// The post-judgment interest rate, if stated.
    public var interestRate: Percentage?

    /// Creates a judgment.
    public init(
        court: String, county: String? = nil, plaintiff: String? = nil, caseNumber: String, date: CalendarDate,
        amount: Money, interestRate: Percentage? = nil
    ) {
        self.court = court
        self.county = county
        self.plaintiff = plaintiff
        self.caseNumber = caseNumber
        self.date = date
        self.amount = amount
        self.interestRate = interestRate
    }

    enum CodingKeys: String, CodingKey {
        case court, county, plaintiff, date, amount
        case caseNumber = "case_number", interestRate = "interest_rate"
    }
}
