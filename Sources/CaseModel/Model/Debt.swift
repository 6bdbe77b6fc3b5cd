/// The debt being collected: the account, the loan, the amounts claimed and whether it is disputed.
public struct Debt: Sendable, Hashable, Encodable {
    /// The creditor's account number; only its last four characters are kept.
    public var accountNumber: SensitiveNumber?
    /// The kind of loan (anti-deficiency rules turn on it).
    public var loanType: LoanType?
    /// Whether the borrower lived in the property (some protections need it).
    public var ownerOccupied: Bool?
    /// The state where the property is (its law governs the foreclosure).
    public var propertyState: Jurisdiction?
    /// The address of the home or where the vehicle was kept.
    public var propertyAddress: Address?
    /// When the loan was made (some statutes apply only to loans made after a date).
    public var originatedOn: CalendarDate?
    /// The date of the last payment (for time-barred debt questions).
    public var lastPaymentOn: CalendarDate?
    /// The amount originally borrowed.
    public var originalAmount: Money?
    /// The total the collector says is owed.
    public var balanceClaimed: Money?
    /// The unpaid principal, if itemised.
    public var principal: Money?
    /// The interest claimed, if itemised.
    public var interest: Money?
    /// The contract interest rate.
    public var interestRate: Percentage?
    /// The land's area, for a foreclosure (Arizona's bar covers 2.5 acres or less).
    public var acreage: Acreage?
    /// How many dwelling units the property has (one-to-four-family protections).
    public var dwellingUnits: Int?
    /// Whether the loan is a Texas home-equity loan under Tex. Const. art. XVI, § 50(a)(6).
    public var texasHomeEquity: Bool?
    /// When a home loan was refinanced, for `loan_type: refinance`.
    public var refinancedOn: CalendarDate?
    /// Cash taken out in the refinance beyond the old loan's balance and the refinancing costs.
    public var refinanceNewMoney: Money?
    /// The finance charge (the time-price differential of a retail installment contract), for UCC 9-625(c)(2).
    public var financeCharge: Money?
    /// The cash price of goods bought on a retail installment contract, for UCC 9-625(c)(2).
    public var cashPrice: Money?
    /// Whether the debtor disputes the debt (a dispute paragraph goes into letters).
    public var disputed: Bool
    /// Why, in the debtor's words, one reason per item.
    public var disputeReasons: [String]

    /// Creates a debt.
    public init(
        accountNumber: SensitiveNumber? = nil, loanType: LoanType? = nil, ownerOccupied: Bool? = nil,
        propertyState: Jurisdiction? = nil, propertyAddress: Address? = nil,
        originatedOn: CalendarDate? = nil, lastPaymentOn: CalendarDate? = nil,
        originalAmount: Money? = nil, balanceClaimed: Money? = nil, principal: Money? = nil,
        interest: Money? = nil, interestRate: Percentage? = nil, acreage: Acreage? = nil,
        dwellingUnits: Int? = nil, texasHomeEquity: Bool? = nil, refinancedOn: CalendarDate? = nil,
        refinanceNewMoney: Money? = nil, financeCharge: Money? = nil, cashPrice: Money? = nil,
        disputed: Bool = false, disputeReasons: [String] = []
    ) {
        self.accountNumber = accountNumber
        self.loanType = loanType
        self.ownerOccupied = ownerOccupied
        self.propertyState = propertyState
        self.propertyAddress = propertyAddress
        self.originatedOn = originatedOn
        self.lastPaymentOn = lastPaymentOn
        self.originalAmount = originalAmount
        self.balanceClaimed = balanceClaimed
        self.principal = principal
        self.interest = interest
        self.interestRate = interestRate
        self.acreage = acreage
        self.dwellingUnits = dwellingUnits
        self.texasHomeEquity = texasHomeEquity
        self.refinancedOn = refinancedOn
        self.refinanceNewMoney = refinanceNewMoney
        self.financeCharge = financeCharge
        self.cashPrice = cashPrice
        self.disputed = disputed
        self.disputeReasons = disputeReasons
    }

    enum CodingKeys: String, CodingKey {
        case principal, interest, disputed, acreage
        case dwellingUnits = "dwelling_units", texasHomeEquity = "texas_home_equity", refinancedOn = "refinanced_on"
        case refinanceNewMoney = "refinance_new_money", financeCharge = "finance_charge", cashPrice = "cash_price"
        case accountNumber = "account_number", loanType = "loan_type", ownerOccupied = "owner_occupied"
        case propertyState = "property_state", propertyAddress = "property_address"
        case originatedOn = "originated_on", lastPaymentOn = "last_payment_on"
        case originalAmount = "original_amount", balanceClaimed = "balance_claimed"
        case interestRate = "interest_rate", disputeReasons = "dispute_reasons"
    }
}
