/// A wage garnishment: an employer withholding part of each paycheck.
public struct Garnishment: Sendable, Hashable, Encodable {
    /// The employer doing the withholding.
    public var employer: String
    /// How often the debtor is paid (the federal limit is computed per pay period).
    public var payPeriod: PayPeriod
    /// Gross earnings per pay period.
    public var grossEarnings: Money
    /// Disposable earnings per pay period: gross less deductions required by law.
    public var disposableEarnings: Money
    /// The amount withheld per pay period.
    public var amountWithheld: Money
    /// The first payday with a withholding.
    public var firstWithheld: CalendarDate?
    /// When the garnishment papers (the order or writ and the notice of exemptions) were served on the
    /// debtor; exemption-claim deadlines run from it.
    public var servedOn: CalendarDate?
    /// The county (or New York City borough) where the debtor works; a state whose minimum wage
    /// differs by region (New York) uses it to pick the regional wage.
    public var workCounty: String?

    /// Creates a garnishment.
    public init(
        employer: String, payPeriod: PayPeriod, grossEarnings: Money, disposableEarnings: Money,
        amountWithheld: Money, firstWithheld: CalendarDate? = nil, servedOn: CalendarDate? = nil,
        workCounty: String? = nil
    ) {
        self.employer = employer
        self.payPeriod = payPeriod
        self.grossEarnings = grossEarnings
        self.disposableEarnings = disposableEarnings
        self.amountWithheld = amountWithheld
        self.firstWithheld = firstWithheld
        self.servedOn = servedOn
        self.workCounty = workCounty
    }

    enum CodingKeys: String, CodingKey {
        case employer
        case payPeriod = "pay_period", grossEarnings = "gross_earnings"
        case disposableEarnings = "disposable_earnings", amountWithheld = "amount_withheld"
        case firstWithheld = "first_withheld", servedOn = "served_on"
        case workCounty = "work_county"
    }
}
