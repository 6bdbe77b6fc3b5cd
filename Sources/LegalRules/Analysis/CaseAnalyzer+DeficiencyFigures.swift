import CaseModel

extension CaseAnalyzer {
    /// The deficiency's figures for `theCase`, equal to `analyze(theCase, …).deficiency?.figures`
    /// in every language and on every date; nil when the case has no sale.
    ///
    /// A letter that prints only the amounts (cease-contact prints `total` and
    /// `claimed_difference_after_sale`) need not pay for the verdict, the deadlines and every
    /// finding's sentence, which were most of an analysis. The figures come from the same functions
    /// the full analysis uses (`chargeLines`, `creditMeasure`, `DeficiencyCalculator.outcome`,
    /// `comparisons`), so each is computed in one place; a test compares both over every
    /// jurisdiction.
    public static func deficiencyFigures(_ theCase: Case) -> CaseAnalysis.Deficiency.Figures? {
        guard let sale = theCase.sale else { return nil }
        let debt = theCase.debt
        // Line labels are constant strings in either language; English is as good as any here.
        guard let charges = chargeLines(debt: debt, sale: sale, language: .english).lines else {
            return CaseAnalysis.Deficiency.Figures()
        }
        let outcome = DeficiencyCalculator.outcome(
            charges: charges, salePrice: sale.price, fairMarketValue: sale.fairMarketValue,
            measure: creditMeasure(debt, sale: sale))
        let barred = !isRepossession(debt, sale: sale) && foreclosureRule(debt, sale: sale).map { $0.rule.assess($0.facts).status == .barred } == true
        var figures = comparisons(owed: outcome.totalOwed, total: barred ? nil : outcome.deficiency, theCase, sale: sale)
        figures.totalOwed = outcome.totalOwed
        figures.saleCredit = outcome.saleCredit
        figures.total = barred ? nil : outcome.deficiency
        figures.surplus = barred ? nil : outcome.surplus
        figures.creditorFigure = barred ? outcome.deficiency : nil
        figures.measure = outcome.measureApplied
        return figures
    }
}
