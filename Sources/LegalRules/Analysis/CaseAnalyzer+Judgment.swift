import CaseModel

extension CaseAnalyzer {
    /// What the case's judgment means next to the deficiency verdict and the lender's deadlines.
    ///
    /// The case file does not say what the judgment is for, so these findings are conditional: they
    /// put the dates and the rule side by side and leave the conclusion to a lawyer.
    static func judgmentFindings(
        _ judgment: Judgment, sale: Sale, status: DeficiencyAssessment.Status, lead: Finding,
        deadlines: [CaseAnalysis.Deadline], language: AnalysisLanguage
    ) -> [Finding] {
        guard judgment.date >= sale.date else { return [] }
        var out: [Finding] = []
        let figures: [Figure] = [.money("Judgment amount", judgment.amount), .date("Entered", judgment.date)]
        if status == .barred {
            out.append(
                Finding(
                    id: "deficiency.judgment_despite_bar", topic: .deficiency,
                    sentence: Phrase.judgmentDespiteBar(amount: judgment.amount, entered: judgment.date, caseNumber: judgment.caseNumber).text(in: language),
                    figures: figures, citations: lead.citations, confidence: lead.confidence))
        }
        for deadline in deadlines where deadline.party == .lender {
            guard let date = deadline.date, judgment.date > date else { continue }
            out.append(
                Finding(
                    id: "deadline.judgment_after_deadline", topic: .deadline,
                    sentence: Phrase.judgmentAfterDeadline(entered: judgment.date, deadline: date).text(in: language),
                    figures: figures + [.date("Deadline (estimate)", date)], citations: deadline.citations, confidence: deadline.confidence))
        }
        return out
    }

    /// A surplus produced by a fair-value credit is a limit on the deficiency, not money anyone holds;
    /// say so, and what the sale price alone gives.
    static func notionalSurplus(_ calculation: DeficiencyCalculation, salePrice: Money, language: AnalysisLanguage) -> Finding {
        let byPrice = calculation.totalOwed - salePrice - calculation.otherCredits
        return Finding(
            id: "deficiency.surplus_from_fair_value", topic: .deficiency,
            sentence: Phrase.notionalSurplus(salePrice: salePrice, owed: calculation.totalOwed, byPrice: byPrice).text(in: language),
            figures: [.money("Sale price", salePrice), .money("Total owed", calculation.totalOwed)],
            citations: DeficiencyCalculator.definition, confidence: .secondary)
    }
}
