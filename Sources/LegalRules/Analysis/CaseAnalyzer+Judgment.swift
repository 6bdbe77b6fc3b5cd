import CaseModel

extension CaseAnalyzer {
    /// What the case's judgment means next to the deficiency verdict and the lender's deadlines.
    ///
    /// The case file does not say what the judgment is for, so these findings are conditional: they
    /// put the dates and the rule side by side and leave the conclusion to a lawyer.
    static func judgmentFindings(_ judgment: Judgment, sale: Sale, status: DeficiencyAssessment.Status, lead: Finding,
                                 deadlines: [CaseAnalysis.Deadline]) -> [Finding] {
        guard judgment.date >= sale.date else { return [] }
        var out: [Finding] = []
        let figures: [Figure] = [.money("Judgment amount", judgment.amount), .date("Entered", judgment.date)]
        if status == .barred {
            out.append(Finding(
                id: "deficiency.judgment_despite_bar", topic: .deficiency,
                sentence: "The case records a money judgment of \(judgment.amount) entered on \(judgment.date) (\(judgment.caseNumber)). If it is a judgment for the deficiency after this sale, the rule above says none was allowed; a lawyer can say whether it can still be challenged.",
                figures: figures, citations: lead.citations, confidence: lead.confidence))
        }
        for deadline in deadlines where deadline.party == .lender {
            guard let date = deadline.date, judgment.date > date else { continue }
            out.append(Finding(
                id: "deadline.judgment_after_deadline", topic: .deadline,
                sentence: "The case's judgment was entered on \(judgment.date), after the \(date) deadline above; whether the lender acted in time depends on when it filed its motion or suit, not on when the judgment was entered.",
                figures: figures + [.date("Deadline (estimate)", date)], citations: deadline.citations, confidence: deadline.confidence))
        }
        return out
    }

    /// A surplus produced by a fair-value credit is a limit on the deficiency, not money anyone holds;
    /// say so, and what the sale price alone gives.
    static func notionalSurplus(_ calculation: DeficiencyCalculation, salePrice: Money) -> Finding {
        let byPrice = calculation.totalOwed - salePrice - calculation.otherCredits
        let tail = byPrice < .zero
            ? "On the itemised figures the sale price alone (\(salePrice)) exceeds the \(calculation.totalOwed) owed by \(-byPrice); whether the sale left surplus funds depends on the trustee's or referee's accounting."
            : "With the sale price alone (\(salePrice)) the itemised figures leave \(byPrice)."
        return Finding(
            id: "deficiency.surplus_from_fair_value", topic: .deficiency,
            sentence: "The surplus above comes from crediting fair market value, which limits a deficiency but is not money paid to anyone. \(tail)",
            figures: [.money("Sale price", salePrice), .money("Total owed", calculation.totalOwed)],
            citations: DeficiencyCalculator.definition, confidence: .secondary)
    }
}
