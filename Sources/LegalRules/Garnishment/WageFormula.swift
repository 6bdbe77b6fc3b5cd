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
    /// A cap as a percentage of gross earnings (New York 10%, Illinois and Massachusetts 15%).
    public let grossPercentCap: Int?
    /// Whether the minimum-wage floor is subtracted from disposable or from gross earnings
    /// (Massachusetts reserves 50× the minimum wage out of gross wages).
    public let floorBase: EarningsBase
    /// A lower percentage for low earners (Nevada: 18% when gross weekly pay is $770 or less).
    public let lowEarnerCap: LowEarnerCap?

    /// Which earnings a figure is taken from.
    public enum EarningsBase: String, Sendable, Hashable, Codable {
        /// Earnings after the deductions required by law.
        case disposable
        /// Earnings before any deduction.
        case gross
    }

    /// A percentage cap that replaces `percentCap` when weekly gross pay is at or below a threshold.
    public struct LowEarnerCap: Sendable, Hashable, Codable {
        /// The percentage of disposable earnings.
        public let percent: Int
        /// The weekly gross pay at or below which it applies.
        public let weeklyGrossAtMost: Money

        /// Creates a low-earner cap.
        public init(percent: Int, weeklyGrossAtMost: Money) {
            self.percent = percent
            self.weeklyGrossAtMost = weeklyGrossAtMost
        }
    }

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
        /// The state's own minimum wage, which is above the federal one, so the federal wage gives
        /// an upper bound on the cap when the state's is not supplied.
        case stateAboveFederal = "state_above_federal"
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
    public init(
        percentCap: Int?, weeklyFloorMultiple: Int?, excessShare: Int = 100, wageBasis: MinimumWageBasis = .federal,
        weeklyReductionPerDependant: Money? = nil, scope: Scope = .allJudgments, grossPercentCap: Int? = nil,
        floorBase: EarningsBase = .disposable, lowEarnerCap: LowEarnerCap? = nil
    ) {
        self.grossPercentCap = grossPercentCap
        self.floorBase = floorBase
        self.lowEarnerCap = lowEarnerCap
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
    /// Gross-earnings prongs are skipped when `gross` is nil, so the result is then an upper bound.
    public func maximumGarnishable(disposable: Money, gross: Money? = nil, period: PayPeriod, hourlyWage: Money, dependants: Int = 0) -> Money {
        let weeksNumerator = FederalWageGarnishmentLimit.multiple(for: period)  // weeks × 30
        var cap = Int.max
        if var pct = percentCap {
            if let low = lowEarnerCap, let gross,
                gross.cents * 30 <= low.weeklyGrossAtMost.cents * weeksNumerator
            {
                pct = low.percent
            }
            cap = disposable.cents * pct / 100
        }
        if let pct = grossPercentCap, let gross { cap = min(cap, gross.cents * pct / 100) }
        if let multiple = weeklyFloorMultiple {
            let floor = roundedDivide(multiple * hourlyWage.cents * weeksNumerator, 30)
            let base = floorBase == .gross ? (gross ?? disposable) : disposable
            let excess = max(0, base.cents - floor)
            cap = min(cap, excess * excessShare / 100)
        }
        if let perDependant = weeklyReductionPerDependant, dependants > 0 {
            cap -= roundedDivide(perDependant.cents * dependants * weeksNumerator, 30)
        }
        return Money(cents: max(0, cap == Int.max ? disposable.cents : cap))
    }

    private func roundedDivide(_ a: Int, _ b: Int) -> Int { (a * 2 + b) / (2 * b) }
}
