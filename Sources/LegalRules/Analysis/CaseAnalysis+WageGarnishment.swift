import CaseModel

extension CaseAnalysis {
    /// The federal and state limits for one wage garnishment, and whether the employer withholds too much.
    public struct WageGarnishment: Sendable, Hashable, Codable {
        /// The employer withholding.
        public var employer: String
        /// How often the debtor is paid; the limits are per pay.
        public var payPeriod: PayPeriod
        /// The state whose rule was applied (the debtor's home state).
        public var jurisdiction: Jurisdiction
        /// Gross earnings per pay.
        public var gross: Money
        /// Disposable earnings per pay.
        public var disposable: Money
        /// The federal floor that cannot be garnished (30, 60, 65 or 130 × $7.25).
        public var federalFloor: Money
        /// The minimum-wage multiple of the floor: 30 (weekly), 60 (biweekly), 65 (semimonthly), 130 (monthly).
        public var floorMultiple: Int
        /// 25% of disposable earnings, rounded down to the cent (15 U.S.C. 1673(a)(1)).
        public var twentyFivePercent: Money
        /// Disposable earnings above `federal_floor`, never below zero (15 U.S.C. 1673(a)(2)).
        public var excessOverFloor: Money
        /// Which of the two is smaller and so is the federal limit: `percentage` (ties too) or `floor`.
        public var limitingRule: FederalWageGarnishmentLimit.LimitingRule
        /// The most federal law lets a creditor take from one pay.
        public var federalLimit: Money
        /// The federal limit in one sentence.
        public var federalRule: String
        /// The state's limit when the catalogue computes it and it applies.
        public var stateLimit: Money?
        /// Whether `stateLimit` is only an upper bound (the state's own minimum wage was not known).
        public var stateLimitIsUpperBound: Bool
        /// The state's rule in one sentence (or that it is not confirmed).
        public var stateRule: String
        /// The lesser of the known limits.
        public var maxGarnishable: Money
        /// What the employer withholds per pay.
        public var withheld: Money
        /// How much the withholding exceeds `max_garnishable`; absent when it does not.
        public var overWithheld: Money?
        /// The first payday with a withholding, if given.
        public var firstWithheld: CalendarDate?
        /// Where the debtor works, as the case gives it (it picks a regional state minimum wage).
        public var workCounty: String? = nil
        /// The citations for the federal and state rules, joined for printing.
        public var citation: String
        /// The citations for the federal and state rules.
        public var citations: [Citation]
        /// How well the federal rule (15 U.S.C. 1673(a)) was checked: against statute text.
        public var confidence: Confidence
        /// How well the federal floor for this pay period was checked (weekly: statute; other periods are
        /// derived from the DOL multiples, whose table was not retrieved: secondary).
        public var floorConfidence: Confidence
        /// How well the state rule was checked.
        public var stateConfidence: Confidence

        enum CodingKeys: String, CodingKey {
            case employer, jurisdiction, gross, disposable, withheld, citation, citations, confidence
            case payPeriod = "pay_period", federalFloor = "federal_floor", federalLimit = "federal_limit"
            case floorMultiple = "floor_multiple", twentyFivePercent = "twenty_five_percent"
            case excessOverFloor = "excess_over_floor", limitingRule = "limiting_rule"
            case federalRule = "federal_rule", stateLimit = "state_limit", stateLimitIsUpperBound = "state_limit_is_upper_bound"
            case stateRule = "state_rule", maxGarnishable = "max_garnishable", overWithheld = "over_withheld"
            case workCounty = "work_county"
            case firstWithheld = "first_withheld", stateConfidence = "state_confidence", floorConfidence = "floor_confidence"
        }
    }
}
