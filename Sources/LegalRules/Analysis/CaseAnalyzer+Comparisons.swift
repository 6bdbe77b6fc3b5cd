import CaseModel

extension CaseAnalyzer {
    /// Adds to a sale's deficiency section the figures a reader compares: what the sale price alone
    /// leaves over the debt, how the balance claimed differs from the itemised figures, and how the
    /// judgment compares with the computed deficiency. Each has a finding with the same sentence.
    ///
    /// In place: a copy of the section and its findings was copied again on the first change.
    static func addComparisons(to out: inout Analysed<SaleSection>, _ theCase: Case, sale: Sale, language: AnalysisLanguage) {
        guard let owed = out.section.deficiency.totalOwed else { return }
        let citations = DeficiencyCalculator.definition
        let figures = comparisons(owed: owed, total: out.section.deficiency.total, theCase, sale: sale)
        if let surplus = figures.saleSurplus {
            let sentence = Phrase.note(.saleSurplus(salePrice: sale.price, owed: owed, surplus: surplus, sale: sale.type)).text(in: language)
            out.section.deficiency.saleSurplus = surplus
            out.section.deficiency.saleSurplusSentence = sentence
            out.findings.append(
                Finding(
                    id: "deficiency.sale_surplus", topic: .deficiency, sentence: sentence,
                    figures: [.money("Sale price", sale.price), .money("Total owed", owed), .money("Sale price less total owed", surplus)],
                    citations: citations, confidence: .secondary))
        }
        if let claimed = theCase.debt?.balanceClaimed, let difference = figures.claimedDifference {
            let afterSale = figures.claimedDifferenceAfterSale
            let sentence = Phrase.note(
                .claimedDifference(
                    claimed: claimed, owed: owed, difference: difference,
                    deficiency: out.section.deficiency.total, afterSale: afterSale)
            ).text(in: language)
            out.section.deficiency.claimedDifference = difference
            out.section.deficiency.claimedDifferenceAfterSale = afterSale
            out.section.deficiency.claimedDifferenceSentence = sentence
            out.findings.append(
                Finding(
                    id: "deficiency.claimed_difference", topic: .deficiency, sentence: sentence,
                    figures: [
                        .money("Balance claimed", claimed), .money("Total owed (itemised)", owed),
                        .money(difference > .zero ? "Balance claimed is more by" : "Balance claimed is less by", difference.absolute),
                    ],
                    citations: citations, confidence: .secondary))
        }
        if let judgment = theCase.judgment, let deficiency = out.section.deficiency.total, let difference = figures.judgmentDifference {
            let sentence = Phrase.note(.judgmentDifference(judgment: judgment.amount, deficiency: deficiency, difference: difference)).text(in: language)
            out.section.deficiency.judgmentDifference = difference
            out.section.deficiency.judgmentDifferenceSentence = sentence
            out.findings.append(
                Finding(
                    id: "deficiency.judgment_difference", topic: .deficiency, sentence: sentence,
                    figures: [
                        .money("Judgment amount", judgment.amount), .money("Deficiency (computed)", deficiency),
                        .money(difference > .zero ? "Judgment is less by" : "Judgment is more by", difference.absolute),
                    ],
                    citations: citations, confidence: .secondary))
        }
    }

    /// The comparison figures alone (the only place they are computed): ``addComparisons(to:_:sale:language:)``
    /// writes their sentences, ``deficiencyFigures(_:)`` returns them without.
    static func comparisons(owed: Money, total: Money?, _ theCase: Case, sale: Sale) -> CaseAnalysis.Deficiency.Figures {
        var figures = CaseAnalysis.Deficiency.Figures()
        let surplus = sale.price - owed
        // Only from itemised figures: the balance claimed alone may be what remains after the sale.
        if surplus > .zero, theCase.debt?.principal != nil { figures.saleSurplus = surplus }
        // Without itemised principal the total starts from the balance claimed, so comparing them says nothing.
        let judgmentAfterSale = theCase.judgment.map { $0.date >= sale.date } ?? false
        if theCase.debt?.principal != nil, let claimed = theCase.debt?.balanceClaimed, claimed != owed {
            figures.claimedDifference = claimed - owed
            // A judgment after the sale is the post-sale figure; the balance claimed is then the
            // pre-sale balance, and setting the deficiency beside it says nothing (NY sample).
            if !judgmentAfterSale { figures.claimedDifferenceAfterSale = total.map { claimed - $0 } }
        }
        if let judgment = theCase.judgment, judgmentAfterSale, let total {
            figures.judgmentDifference = total - judgment.amount
        }
        return figures
    }
}
