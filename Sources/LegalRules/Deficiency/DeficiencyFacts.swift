import CaseModel

/// The facts of a foreclosure that anti-deficiency rules turn on; nil means "not known yet".
public struct DeficiencyFacts: Sendable, Hashable {
    /// The kind of loan.
    public var loanType: LoanType
    /// Judicial or non-judicial sale, if known.
    public var saleType: SaleType?
    /// Whether the borrower lived in the property, if known.
    public var ownerOccupied: Bool?
    /// Whether the lender (or the loan's holder) bought the property at the sale, if known.
    public var lenderBoughtProperty: Bool?
    /// The land's area.
    public var acreage: Acreage?
    /// The number of dwelling units.
    public var dwellingUnits: Int?
    /// Whether the loan is a Texas § 50(a)(6) home-equity loan.
    public var texasHomeEquity: Bool?
    /// When the loan was made.
    public var originatedOn: CalendarDate?
    /// When a purchase-money loan was refinanced.
    public var refinancedOn: CalendarDate?
    /// New money taken out in the refinance.
    public var refinanceNewMoney: Money?
    /// Who bought at the sale.
    public var buyer: SaleBuyer?

    /// Creates the facts.
    public init(loanType: LoanType, saleType: SaleType?, ownerOccupied: Bool? = nil, lenderBoughtProperty: Bool? = nil) {
        self.loanType = loanType
        self.saleType = saleType
        self.ownerOccupied = ownerOccupied
        self.lenderBoughtProperty = lenderBoughtProperty
    }

    /// The facts of a case's debt and sale.
    public init(debt: Debt?, loanType: LoanType, sale: Sale?) {
        self.init(
            loanType: loanType, saleType: sale?.type, ownerOccupied: debt?.ownerOccupied,
            lenderBoughtProperty: sale?.buyer.map { $0 != .thirdParty })
        acreage = debt?.acreage
        dwellingUnits = debt?.dwellingUnits
        texasHomeEquity = debt?.texasHomeEquity
        originatedOn = debt?.originatedOn
        refinancedOn = debt?.refinancedOn
        refinanceNewMoney = debt?.refinanceNewMoney
        buyer = sale?.buyer
    }
}
