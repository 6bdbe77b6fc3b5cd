import CaseModel

extension CaseAnalysis.Deficiency {
    /// The deficiency's amounts alone, without its verdict, lines and sentences: what a letter that
    /// prints only `analysis.deficiency.total` needs. Encoded under the names `Deficiency` uses. ``CaseAnalyzer/deficiencyFigures(_:)`` computes
    /// them with the same functions ``CaseAnalyzer/analyze(_:asOf:language:)`` uses, at a fraction of
    /// its cost, since writing the sentences was most of the work.
    public struct Figures: Sendable, Hashable, Encodable {
        /// Principal, interest, costs and fees; nil when the case has no debt amount.
        public var totalOwed: Money?
        /// What the debt was reduced by for the sale.
        public var saleCredit: Money?
        /// The deficiency: zero when the credits cover the debt; nil when it cannot be computed.
        public var total: Money?
        /// What the credits exceed the debt by; zero when there is a deficiency.
        public var surplus: Money?
        /// Whether the sale price or the greater of the fair market value and the price was credited.
        public var measure: FairValueRule.CreditMeasure?
        /// The sale price less the total owed, when the price alone exceeds it.
        public var saleSurplus: Money?
        /// The balance claimed less the itemised total owed, when the case itemises and they differ.
        public var claimedDifference: Money?
        /// The balance claimed less the computed deficiency, alongside `claimedDifference`.
        public var claimedDifferenceAfterSale: Money?
        /// The computed deficiency less the judgment amount, when the judgment was entered after the sale.
        public var judgmentDifference: Money?
        /// For a barred deficiency, the creditor's arithmetic (not owed); `total` is then nil.
        public var creditorFigure: Money?

        /// The names `Deficiency` encodes the same figures with.
        enum CodingKeys: String, CodingKey {
            case total, surplus, measure
            case totalOwed = "total_owed", saleCredit = "sale_credit", saleSurplus = "sale_surplus"
            case claimedDifference = "claimed_difference", claimedDifferenceAfterSale = "claimed_difference_after_sale"
            case judgmentDifference = "judgment_difference", creditorFigure = "creditor_figure"
        }

        /// Creates the figures.
        public init(
            totalOwed: Money? = nil, saleCredit: Money? = nil, total: Money? = nil, surplus: Money? = nil,
            measure: FairValueRule.CreditMeasure? = nil, saleSurplus: Money? = nil, claimedDifference: Money? = nil,
            claimedDifferenceAfterSale: Money? = nil, judgmentDifference: Money? = nil, creditorFigure: Money? = nil
        ) {
            self.totalOwed = totalOwed
            self.saleCredit = saleCredit
            self.total = total
            self.surplus = surplus
            self.measure = measure
            self.saleSurplus = saleSurplus
            self.claimedDifference = claimedDifference
            self.claimedDifferenceAfterSale = claimedDifferenceAfterSale
            self.judgmentDifference = judgmentDifference
            self.creditorFigure = creditorFigure
        }
    }

    /// This deficiency's figures (what ``CaseAnalyzer/deficiencyFigures(_:)`` gives for the same case).
    public var figures: Figures {
        Figures(
            totalOwed: totalOwed, saleCredit: saleCredit, total: total, surplus: surplus, measure: measure,
            saleSurplus: saleSurplus, claimedDifference: claimedDifference,
            claimedDifferenceAfterSale: claimedDifferenceAfterSale, judgmentDifference: judgmentDifference,
            creditorFigure: creditorFigure)
    }
}
