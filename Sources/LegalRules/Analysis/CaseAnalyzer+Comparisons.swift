import CaseModel

extension CaseAnalyzer {
    /// Adds to a sale's deficiency section the figures a reader compares: what the sale price alone
    /// leaves over the debt, how the balance claimed differs from the itemised figures, and how the
    /// judgment compares with the computed deficiency. Each has a finding with the same sentence.
    static func withComparisons(_ analysed: Analysed<SaleSection>, _ theCase: Case, sale: Sale,
                                language: AnalysisLanguage) -> Analysed<SaleSection> {
        var out = analysed
        var d = out.section.deficiency
        guard let owed = d.totalOwed else { return out }
        let citations = DeficiencyCalculator.definition
        let surplus = sale.price - owed
        if surplus > .zero {
            let sentence = Phrase.note(.saleSurplus(salePrice: sale.price, owed: owed, surplus: surplus, sale: sale.type)).text(in: language)
            d.saleSurplus = surplus
            d.saleSurplusSentence = sentence
            out.findings.append(Finding(id: "deficiency.sale_surplus", topic: .deficiency, sentence: sentence,
                                        figures: [.money("Sale price", sale.price), .money("Total owed", owed), .money("Sale price less total owed", surplus)],
                                        citations: citations, confidence: .secondary))
        }
        // Without itemised principal the total starts from the balance claimed, so comparing them says nothing.
        if theCase.debt?.principal != nil, let claimed = theCase.debt?.balanceClaimed, claimed != owed {
            let difference = claimed - owed
            let afterSale = d.total.map { claimed - $0 }
            let sentence = Phrase.note(.claimedDifference(claimed: claimed, owed: owed, difference: difference,
                                                          deficiency: d.total, afterSale: afterSale)).text(in: language)
            d.claimedDifference = difference
            d.claimedDifferenceAfterSale = afterSale
            d.claimedDifferenceSentence = sentence
            out.findings.append(Finding(id: "deficiency.claimed_difference", topic: .deficiency, sentence: sentence,
                                        figures: [.money("Balance claimed", claimed), .money("Total owed (itemised)", owed),
                                                  .money("Difference", difference)],
                                        citations: citations, confidence: .secondary))
        }
        if let judgment = theCase.judgment, judgment.date >= sale.date, let deficiency = d.total {
            let difference = deficiency - judgment.amount
            let sentence = Phrase.note(.judgmentDifference(judgment: judgment.amount, deficiency: deficiency, difference: difference)).text(in: language)
            d.judgmentDifference = difference
            d.judgmentDifferenceSentence = sentence
            out.findings.append(Finding(id: "deficiency.judgment_difference", topic: .deficiency, sentence: sentence,
                                        figures: [.money("Judgment amount", judgment.amount), .money("Deficiency (computed)", deficiency),
                                                  .money("Difference", difference)],
                                        citations: citations, confidence: .secondary))
        }
        out.section.deficiency = d
        return out
    }
}
