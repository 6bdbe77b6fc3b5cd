import CaseModel

/// A state's wage-garnishment cap in the shape most statutes use: the lesser of a percentage of
/// disposable earnings and (a share of) the excess over a multiple of a minimum wage.
public struct WageFormula: Sendable, Hashable, Codable {
    /// The cap as a percentage of disposable earnings, if the statute has one.
    public let percentCap: Int?
    /// The weekly minimum-wage multiple that is protected, if the statute has one.
    public let weeklyFloorMultiple: Int?
    /// The percentage of the excess over the floor that may be taken (100 usually; DC takes 25).
    public let excessShare: Int
    /// Which minimum wage the floor uses.
    public let wageBasis: MinimumWageBasis
    /// A weekly reduction for each dependant living with the debtor (ND $20, SD $25).
    public let weeklyReductionPerDependant: Money?
    /// Whom the formula protects.
    public let scope: Scope

    /// Which minimum wage a floor is built from.
    public enum MinimumWageBasis: String, Sendable, Hashable, Codable {
        /// The federal minimum wage.
        case federal
        /// The state's (or DC's) own minimum wage, which is not in this catalogue.
        case state
        /// The higher of the federal and state minimum wages.
        case higherOfFederalOrState = "higher_of_federal_or_state"
        /// The highest applicable federal, state or local minimum wage.
        case highestApplicable = "highest_applicable"
    }

    /// Whom a state's formula covers.
    public enum Scope: String, Sendable, Hashable, Codable {
        /// Every ordinary judgment.
        case allJudgments = "all_judgments"
        /// Judgments from consumer credit transactions.
        case consumerCredit = "consumer_credit"
        /// A head of family who claims it.
        case headOfFamily = "head_of_family"

        /// Words for a sentence.
        public var phrase: String {
            switch self {
            case .allJudgments: return "ordinary judgments"
            case .consumerCredit: return "consumer-credit judgments"
            case .headOfFamily: return "a head of family who claims it"
            }
        }
    }

    /// Creates a formula.
    public init(percentCap: Int?, weeklyFloorMultiple: Int?, excessShare: Int = 100, wageBasis: MinimumWageBasis = .federal,
                weeklyReductionPerDependant: Money? = nil, scope: Scope = .allJudgments) {
        self.percentCap = percentCap
        self.weeklyFloorMultiple = weeklyFloorMultiple
        self.excessShare = excessShare
        self.wageBasis = wageBasis
        self.weeklyReductionPerDependant = weeklyReductionPerDependant
        self.scope = scope
    }

    /// The most the formula lets a creditor take from one pay.
    ///
    /// For pay periods longer than a week the weekly figures are scaled like the federal table
    /// (×60/30, ×65/30, ×130/30) and rounded to the cent; that scaling is an estimate unless the
    /// state's own table says the same.
    public func maximumGarnishable(disposable: Money, period: PayPeriod, hourlyWage: Money, dependants: Int = 0) -> Money {
        let weeksNumerator = FederalWageGarnishmentLimit.multiple(for: period)  // weeks × 30
        var cap = Int.max
        if let pct = percentCap { cap = disposable.cents * pct / 100 }
        if let multiple = weeklyFloorMultiple {
            let floor = roundedDivide(multiple * hourlyWage.cents * weeksNumerator, 30)
            let excess = max(0, disposable.cents - floor)
            cap = min(cap, excess * excessShare / 100)
        }
        if let perDependant = weeklyReductionPerDependant, dependants > 0 {
            cap -= roundedDivide(perDependant.cents * dependants * weeksNumerator, 30)
        }
        return Money(cents: max(0, cap == Int.max ? disposable.cents : cap))
    }

    private func roundedDivide(_ a: Int, _ b: Int) -> Int { (a * 2 + b) / (2 * b) }
}
