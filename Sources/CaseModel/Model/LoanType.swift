/// What kind of loan the deficiency comes from; anti-deficiency statutes turn on it.
public enum LoanType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A loan used to buy the home, secured by a first mortgage or deed of trust on it.
    case purchaseMoneyFirstMortgage = "purchase_money_first_mortgage"
    /// A refinance of a home loan.
    case refinance
    /// A second mortgage or home-equity line of credit.
    case secondMortgageOrHELOC = "second_mortgage_or_heloc"
    /// A loan secured by a motor vehicle (UCC Article 9 repossession).
    case vehicle
    /// Anything else.
    case other

    /// Whether the loan is secured by real property (foreclosure rather than repossession).
    public var isRealProperty: Bool {
        switch self {
        case .purchaseMoneyFirstMortgage, .refinance, .secondMortgageOrHELOC: return true
        case .vehicle, .other: return false
        }
    }
}

/// How the collateral was sold.
public enum SaleType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A foreclosure sale ordered by a court.
    case judicial
    /// A trustee's or power-of-sale foreclosure outside court.
    case nonjudicial
    /// A private or public sale of repossessed goods under UCC Article 9.
    case repossession
}

/// How often a garnished worker is paid (15 U.S.C. 1673 multiples depend on it).
public enum PayPeriod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every week.
    case weekly
    /// Every two weeks.
    case biweekly
    /// Twice a month.
    case semimonthly
    /// Once a month.
    case monthly
}

/// Where income or a bank deposit comes from; exemptions depend on the source.
public enum IncomeSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// Wages or salary.
    case wages
    /// Social Security retirement, survivors or disability (SSDI).
    case socialSecurity = "social_security"
    /// Supplemental Security Income.
    case ssi
    /// Veterans' benefits.
    case va
    /// A federal civil-service or military pension (OPM).
    case federalPension = "federal_pension"
    /// A state or local government pension.
    case statePension = "state_pension"
    /// A private pension or retirement-plan distribution.
    case privatePension = "private_pension"
    /// Railroad Retirement Board benefits.
    case railroadRetirement = "railroad_retirement"
    /// Unemployment insurance.
    case unemployment
    /// Child support received.
    case childSupport = "child_support"
    /// Public assistance (TANF and similar).
    case publicAssistance = "public_assistance"
    /// Anything else.
    case other
}
