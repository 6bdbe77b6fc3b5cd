import CaseModel

extension CaseAnalysis {
    /// The deficiency after a foreclosure or repossession sale: the state rule's verdict and the
    /// itemised calculation a letter can print.
    public struct Deficiency: Sendable, Hashable, Codable {
        /// Which body of law governs the deficiency.
        public var regime: Regime
        /// The state whose foreclosure rule was applied; nil for a repossession or when the state is unknown.
        public var jurisdiction: Jurisdiction?
        /// The state rule's verdict: `barred`, `may_be_barred`, `allowed` or `unknown`.
        public var status: DeficiencyAssessment.Status
        /// The verdict in one sentence.
        public var summary: String
        /// Questions the case file cannot answer that could make a bar apply.
        public var openQuestions: [String]
        /// The sale type.
        public var saleType: SaleType
        /// The sale date.
        public var saleDate: CalendarDate
        /// The sale price.
        public var salePrice: Money
        /// The fair market value, when the case gives one.
        public var fairMarketValue: Money?
        /// The balance the collector claims (`debt.balance_claimed`), for comparison with the calculation.
        public var balanceClaimed: Money?
        /// Printable lines: each charge, the total owed, the credits (negative), then the result.
        public var lines: [LineItem]
        /// Principal, interest, costs and fees; nil when the case has no debt amount.
        public var totalOwed: Money?
        /// What the debt was reduced by for the sale.
        public var saleCredit: Money?
        /// The deficiency: zero when the credits cover the debt; nil when it cannot be computed or
        /// when the deficiency is barred (nothing is owed; the creditor's arithmetic is `creditor_figure`).
        public var total: Money?
        /// For a barred deficiency, what the creditor's own arithmetic (debt less the sale credit) would
        /// give: their figure, never an amount owed. Nil otherwise.
        public var creditorFigure: Money?
        /// For a barred deficiency, the lines of that arithmetic (`lines` is then empty).
        public var creditorLines: [LineItem] = []
        /// What the credits exceed the debt by; zero when there is a deficiency.
        public var surplus: Money?
        /// Whether the sale price or the greater of the fair market value and the price was credited.
        public var measure: FairValueRule.CreditMeasure?
        /// The citations behind the verdict, joined for printing.
        public var citation: String
        /// The citations behind the verdict.
        public var citations: [Citation]
        /// How well the verdict's rule was checked.
        public var confidence: Confidence
        /// Case fields that would let the analysis say more.
        public var missing: [String]
        /// The sale price less the total owed, when the price alone exceeds it (possible surplus funds).
        public var saleSurplus: Money?
        /// `sale_surplus` in a sentence.
        public var saleSurplusSentence: String?
        /// The balance claimed less the itemised total owed, when the case itemises and they differ.
        public var claimedDifference: Money?
        /// The balance claimed less the computed deficiency (after the sale credit), alongside `claimed_difference`.
        public var claimedDifferenceAfterSale: Money?
        /// `claimed_difference` in a sentence.
        public var claimedDifferenceSentence: String?
        /// The computed deficiency less the judgment amount, when the case has a judgment entered after the sale.
        public var judgmentDifference: Money?
        /// `judgment_difference` in a sentence.
        public var judgmentDifferenceSentence: String?

        /// The law that governs a deficiency.
        public enum Regime: String, Sendable, Hashable, Codable {
            /// A state's foreclosure and anti-deficiency statutes.
            case residentialForeclosure = "residential_foreclosure"
            /// UCC Article 9 (vehicle repossession).
            case vehicleRepossession = "vehicle_repossession"
        }

        enum CodingKeys: String, CodingKey {
            case regime, jurisdiction, status, summary, lines, total, surplus, measure, citation, citations, confidence, missing
            case openQuestions = "open_questions", saleType = "sale_type", saleDate = "sale_date", salePrice = "sale_price"
            case fairMarketValue = "fair_market_value", balanceClaimed = "balance_claimed"
            case totalOwed = "total_owed", saleCredit = "sale_credit"
            case creditorFigure = "creditor_figure", creditorLines = "creditor_lines"
            case saleSurplus = "sale_surplus", saleSurplusSentence = "sale_surplus_sentence"
            case claimedDifference = "claimed_difference", claimedDifferenceAfterSale = "claimed_difference_after_sale"
            case claimedDifferenceSentence = "claimed_difference_sentence"
            case judgmentDifference = "judgment_difference", judgmentDifferenceSentence = "judgment_difference_sentence"
        }
    }
}
