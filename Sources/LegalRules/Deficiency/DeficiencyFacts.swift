import CaseModel

/// The facts of a foreclosure that anti-deficiency rules turn on; nil means "not known yet".
public struct DeficiencyFacts: Sendable, Hashable, Codable {
    /// The kind of loan.
    public var loanType: LoanType
    /// Judicial or non-judicial sale, if known.
    public var saleType: SaleType?
    /// Whether the borrower lived in the property, if known.
    public var ownerOccupied: Bool?
    /// Whether the lender (or the loan's holder) bought the property at the sale, if known.
    public var lenderBoughtProperty: Bool?

    /// Creates the facts.
    public init(loanType: LoanType, saleType: SaleType?, ownerOccupied: Bool? = nil, lenderBoughtProperty: Bool? = nil) {
        self.loanType = loanType
        self.saleType = saleType
        self.ownerOccupied = ownerOccupied
        self.lenderBoughtProperty = lenderBoughtProperty
    }
}
