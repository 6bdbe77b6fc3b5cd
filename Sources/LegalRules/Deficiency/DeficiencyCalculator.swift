import CaseModel

/// Computes a deficiency: debt + interest + allowed costs and fees − the sale credit − other credits.
///
/// The sale credit is the sale price, or under a fair-value rule the greater of the fair market value
/// and the sale price (legal-notes §4: the sale proceeds are always applied, so a fair-value rule can
/// only raise the credit).
public enum DeficiencyCalculator {
    /// The generic definition of a deficiency (legal-notes §3.1, §4).
    static let definition = [Citation("Nolo/AllLaw, Anti-Deficiency Laws", url: "https://www.alllaw.com/articles/nolo/foreclosure/anti-deficiency-laws.html")]

    /// Calculates with an explicit measure; `fairValueCitations` back the fair-value line if used.
    public static func calculate(
        charges: [LineItem], salePrice: Money, fairMarketValue: Money?,
        otherCredits: [LineItem] = [], measure: FairValueRule.CreditMeasure,
        fairValueCitations: [Citation] = [], fairValueConfidence: Confidence = .secondary,
        language: AnalysisLanguage = .english
    ) -> DeficiencyCalculation {
        let outcome = outcome(
            charges: charges, salePrice: salePrice, fairMarketValue: fairMarketValue,
            otherCredits: otherCredits, measure: measure)
        let (owed, credits, credit, applied) = (outcome.totalOwed, outcome.otherCredits, outcome.saleCredit, outcome.measureApplied)
        var lines = charges
        lines.reserveCapacity(charges.count + otherCredits.count + 3)
        lines.append(LineItem(Phrase.lineTotalOwed.text(in: language), owed))

        var findings: [Finding] = []
        if applied == .greaterOfSalePriceAndFairMarketValue, let fmv = fairMarketValue {
            lines.append(LineItem(Phrase.lineLessFairMarketValue(salePrice: salePrice).text(in: language), -fmv))
            findings.append(
                Finding(
                    id: "deficiency.fair_value_applied", topic: .deficiency,
                    sentence: Phrase.fairValueApplied(fairMarketValue: fmv, salePrice: salePrice).text(in: language),
                    figures: [.money("Sale price", salePrice), .money("Fair market value", fmv), .money("Reduction", fmv - salePrice)],
                    citations: fairValueCitations.isEmpty ? definition : fairValueCitations, confidence: fairValueConfidence))
        } else {
            lines.append(LineItem(Phrase.lineLessSalePrice.text(in: language), -salePrice))
            if measure == .greaterOfSalePriceAndFairMarketValue, fairMarketValue == nil {
                findings.append(
                    Finding(
                        id: "deficiency.fair_value_needed", topic: .deficiency,
                        sentence: Phrase.fairValueNeeded.text(in: language),
                        citations: fairValueCitations.isEmpty ? definition : fairValueCitations, confidence: fairValueConfidence))
            }
        }
        for c in otherCredits { lines.append(LineItem(Phrase.lineLess(c.label).text(in: language), -c.amount)) }

        let (deficiency, surplus) = (outcome.deficiency, outcome.surplus)
        if surplus > .zero {
            lines.append(LineItem(Phrase.lineSurplus.text(in: language), surplus))
            findings.insert(
                Finding(
                    id: "deficiency.surplus", topic: .deficiency,
                    sentence: Phrase.surplus(owed: owed, credits: credit + credits, surplus: surplus).text(in: language),
                    figures: [.money("Total owed", owed), .money("Credits", credit + credits), .money("Surplus", surplus)],
                    citations: definition, confidence: .secondary), at: 0)
        } else {
            lines.append(LineItem(Phrase.lineDeficiency.text(in: language), deficiency))
            findings.insert(
                Finding(
                    id: "deficiency.amount", topic: .deficiency,
                    sentence: Phrase.amount(owed: owed, credits: credit + credits, deficiency: deficiency).text(in: language),
                    figures: [.money("Total owed", owed), .money("Credits", credit + credits), .money("Deficiency", deficiency)],
                    citations: definition, confidence: .secondary), at: 0)
        }
        return DeficiencyCalculation(
            lines: lines, totalOwed: owed, saleCredit: credit, measureApplied: applied,
            otherCredits: credits, deficiency: deficiency, surplus: surplus, findings: findings)
    }

    /// The figures `calculate` arrives at, without its lines and sentences.
    struct Outcome {
        /// Debt, interest and allowed costs and fees.
        var totalOwed: Money
        /// The sum of the other credits.
        var otherCredits: Money
        /// The sale price or the fair value.
        var saleCredit: Money
        /// Which measure produced `saleCredit`.
        var measureApplied: FairValueRule.CreditMeasure
        /// What is left owing; zero when the credits cover the debt.
        var deficiency: Money
        /// What the credits exceed the debt by; zero when there is a deficiency.
        var surplus: Money
    }

    /// The numbers of a calculation alone. `calculate` uses it, and so do comparisons that need only
    /// the figure under another measure: building that calculation's lines and sentences only to read
    /// one amount was half of a repossession's calculation cost.
    static func outcome(
        charges: [LineItem], salePrice: Money, fairMarketValue: Money?,
        otherCredits: [LineItem] = [], measure: FairValueRule.CreditMeasure
    ) -> Outcome {
        let owed = charges.reduce(Money.zero) { $0 + $1.amount }
        let credits = otherCredits.reduce(Money.zero) { $0 + $1.amount }
        var credit = salePrice
        var applied = FairValueRule.CreditMeasure.salePrice
        if measure == .greaterOfSalePriceAndFairMarketValue, let fmv = fairMarketValue, fmv > salePrice {
            credit = fmv
            applied = .greaterOfSalePriceAndFairMarketValue
        }
        let net = owed - credit - credits
        return Outcome(
            totalOwed: owed, otherCredits: credits, saleCredit: credit, measureApplied: applied,
            deficiency: net > .zero ? net : .zero, surplus: net < .zero ? -net : .zero)
    }

    /// The measure a state's fair-value rule (`StateDeficiencyRule.fairValueRule(for:)`) puts the
    /// calculation on: its own when it surely applies; the sale price when there is none or it only
    /// may apply (then a finding gives the figure under it). The one place this is decided, for the
    /// full calculation and for ``CaseAnalyzer/deficiencyFigures(_:)`` alike.
    static func measure(_ fairValue: (rule: FairValueRule, certain: Bool)?) -> FairValueRule.CreditMeasure {
        guard let fairValue, fairValue.certain else { return .salePrice }
        return fairValue.rule.measure
    }

    /// Calculates with the measure the state's rule gives for the facts.
    ///
    /// When a fair-value rule only may apply (an unknown fact decides), the sale price is used and a
    /// finding gives the figure under the fair-value rule.
    public static func calculate(
        charges: [LineItem], salePrice: Money, fairMarketValue: Money?,
        otherCredits: [LineItem] = [], rule: StateDeficiencyRule,
        facts: DeficiencyFacts, language: AnalysisLanguage = .english
    ) -> DeficiencyCalculation {
        let fairValue = rule.fairValueRule(for: facts)
        let measure = measure(fairValue)
        guard let (fv, certain) = fairValue else {
            return calculate(
                charges: charges, salePrice: salePrice, fairMarketValue: fairMarketValue,
                otherCredits: otherCredits, measure: measure, language: language)
        }
        if certain {
            var result = calculate(
                charges: charges, salePrice: salePrice, fairMarketValue: fairMarketValue,
                otherCredits: otherCredits, measure: measure,
                fairValueCitations: fv.citations, fairValueConfidence: fv.confidence, language: language)
            if fv.conditions.contains(.debtorMustRaiseIt), result.measureApplied == .greaterOfSalePriceAndFairMarketValue {
                result = result.adding(
                    Finding(
                        id: "deficiency.fair_value_must_be_raised", topic: .deficiency,
                        sentence: Phrase.fairValueMustBeRaised(rule.jurisdiction, explanation: fv.explanation).text(in: language),
                        citations: fv.citations, confidence: fv.confidence))
            }
            return result
        }
        let base = calculate(
            charges: charges, salePrice: salePrice, fairMarketValue: fairMarketValue,
            otherCredits: otherCredits, measure: measure, language: language)
        let alt = outcome(
            charges: charges, salePrice: salePrice, fairMarketValue: fairMarketValue,
            otherCredits: otherCredits, measure: fv.measure)
        return base.adding(
            Finding(
                id: "deficiency.fair_value_may_apply", topic: .deficiency,
                sentence: Phrase.fairValueMayApply(
                    rule.jurisdiction, conditions: fv.conditions.filter { $0 != .debtorMustRaiseIt },
                    explanation: fv.explanation, deficiency: alt.deficiency
                ).text(in: language),
                figures: [.money("Deficiency with the fair-value rule", alt.deficiency)],
                citations: fv.citations, confidence: fv.confidence))
    }
}

extension DeficiencyCalculation {
    /// A copy with one more finding.
    func adding(_ finding: Finding) -> DeficiencyCalculation {
        DeficiencyCalculation(
            lines: lines, totalOwed: totalOwed, saleCredit: saleCredit, measureApplied: measureApplied,
            otherCredits: otherCredits, deficiency: deficiency, surplus: surplus, findings: findings + [finding])
    }
}
