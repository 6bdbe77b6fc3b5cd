import CaseModel

/// Combines the federal CCPA cap with a state's stricter rule for one pay.
public enum WageGarnishmentCalculator {
    /// The limit for one pay in a jurisdiction, and whether `withheld` exceeds it.
    ///
    /// - Parameters:
    ///   - stateMinimumHourlyWage: needed where the state's floor uses its own minimum wage (not in the catalogue).
    ///   - higherRegionalWage: the state's higher regional minimum wage, when the place of work is not known
    ///     (New York City vs the rest of New York): a limit that changes with it is reported as an upper bound.
    ///   - consumerCredit: whether the judgment arose from a consumer credit transaction (nil: unknown).
    ///   - headOfFamily: whether the debtor is a head of family who claims it (nil: unknown).
    public static func calculate(
        disposable: Money, gross: Money? = nil, period: PayPeriod, jurisdiction: Jurisdiction,
        withheld: Money? = nil, stateMinimumHourlyWage: Money? = nil, higherRegionalWage: Money? = nil,
        dependants: Int = 0, consumerCredit: Bool? = nil, headOfFamily: Bool? = nil,
        language: AnalysisLanguage = .english
    ) -> WageGarnishmentResult {
        let floor = FederalWageGarnishmentLimit.protectedFloor(for: period)
        let federal = FederalWageGarnishmentLimit.maximumGarnishable(disposable: disposable, period: period)
        let multiple = FederalWageGarnishmentLimit.multiple(for: period)
        var findings = [
            Finding(
                id: "garnishment.federal_limit", topic: .wageGarnishment,
                sentence: Phrase.federalLimit(maximum: federal, period: period, disposable: disposable, floor: floor, multiple: multiple).text(in: language),
                figures: [.money("Disposable earnings", disposable), .money("Protected floor", floor), .money("Federal maximum", federal)],
                citations: FederalWageGarnishmentLimit.citations(for: period),
                confidence: FederalWageGarnishmentLimit.confidence(for: period))
        ]

        let rule = StateWageGarnishmentRule.rule(for: jurisdiction)
        var stateMax: Money?
        var upperBound = false
        // Whether the state's own limit may be lower than the one computed: then a withholding
        // under the computed limit is never called "within the limit".
        var stateMayProtectMore = false
        switch rule.kind {
        case .barredForConsumerDebt:
            stateMax = .zero
            findings.append(
                Finding(
                    id: "garnishment.state_barred", topic: .wageGarnishment,
                    sentence: Phrase.stateBarred(jurisdiction, summary: rule.summary).text(in: language),
                    citations: rule.citations, confidence: rule.confidence))
        case .formula(let formula):
            let applies: Bool?
            switch formula.scope {
            case .allJudgments: applies = true
            case .consumerCredit: applies = consumerCredit
            case .headOfFamily: applies = headOfFamily
            }
            let wage: Money?
            switch formula.wageBasis {
            case .federal: wage = FederalWageGarnishmentLimit.minimumHourlyWage
            case .state: wage = stateMinimumHourlyWage
            case .higherOfFederalOrState, .highestApplicable, .stateAboveFederal:
                if let s = stateMinimumHourlyWage {
                    wage = max(s, FederalWageGarnishmentLimit.minimumHourlyWage)
                } else {
                    wage = FederalWageGarnishmentLimit.minimumHourlyWage
                    upperBound = true
                }
            }
            if formula.weeklyFloorMultiple == nil { upperBound = false }
            if gross == nil, formula.grossPercentCap != nil || formula.floorBase == .gross || formula.lowEarnerCap != nil { upperBound = true }
            if applies == false {
                findings.append(
                    Finding(
                        id: "garnishment.state_rule_not_applicable", topic: .wageGarnishment,
                        sentence: Phrase.stateNotApplicable(jurisdiction, formula.scope).text(in: language),
                        citations: rule.citations, confidence: rule.confidence))
            } else if let wage {
                let computed = formula.maximumGarnishable(disposable: disposable, gross: gross, period: period, hourlyWage: wage, dependants: dependants)
                // Where the higher regional wage would give a lower limit, the one computed is only an upper bound.
                var regionalHigher: Money?
                if formula.wageBasis != .federal, formula.weeklyFloorMultiple != nil, let higher = higherRegionalWage, higher > wage,
                    formula.maximumGarnishable(disposable: disposable, gross: gross, period: period, hourlyWage: higher, dependants: dependants) != computed
                {
                    regionalHigher = higher
                    upperBound = true
                }
                let estimate = period != .weekly && formula.weeklyFloorMultiple != nil
                let sentence = Phrase.stateLimit(
                    jurisdiction, formula.scope, maximum: computed, summary: rule.summary, upperBound: upperBound && regionalHigher == nil,
                    period: estimate ? period : nil, scopeUnknown: applies == nil, regionalHigher: regionalHigher
                ).text(in: language)
                findings.append(
                    Finding(
                        id: "garnishment.state_limit", topic: .wageGarnishment, sentence: sentence,
                        figures: [.money("State maximum", computed)], citations: rule.citations,
                        confidence: estimate && rule.confidence == .statute ? .secondary : rule.confidence))
                if applies == true { stateMax = computed } else { stateMayProtectMore = true }
            } else {
                stateMayProtectMore = true
                findings.append(
                    Finding(
                        id: "garnishment.state_limit_needs_wage", topic: .wageGarnishment,
                        sentence: Phrase.stateNeedsWage(jurisdiction, summary: rule.summary).text(in: language),
                        citations: rule.citations, confidence: rule.confidence))
            }
        case .stricterNotComputed:
            stateMayProtectMore = true
            findings.append(
                Finding(
                    id: "garnishment.state_stricter", topic: .wageGarnishment,
                    sentence: Phrase.stateStricter(jurisdiction, summary: rule.summary).text(in: language),
                    citations: rule.citations, confidence: rule.confidence))
        case .sameAsFederal:
            findings.append(
                Finding(
                    id: "garnishment.state_same_as_federal", topic: .wageGarnishment,
                    sentence: Phrase.stateSameAsFederal(jurisdiction, summary: rule.summary).text(in: language),
                    citations: rule.citations, confidence: rule.confidence))
        case .unknown:
            stateMayProtectMore = true
            findings.append(
                Finding(
                    id: "garnishment.state_unknown", topic: .wageGarnishment,
                    sentence: Phrase.stateUnknown(jurisdiction, summary: rule.summary).text(in: language),
                    citations: rule.citations, confidence: .unknown))
        }

        let maximum = stateMax.map { min($0, federal) } ?? federal
        var over: Money?
        if let withheld, withheld > maximum {
            over = withheld - maximum
            findings.append(
                Finding(
                    id: "garnishment.over_withheld", topic: .wageGarnishment,
                    sentence: Phrase.overWithheld(withheld: withheld, over: withheld - maximum, maximum: maximum).text(in: language),
                    figures: [.money("Withheld", withheld), .money("Maximum", maximum), .money("Over the limit", withheld - maximum)],
                    citations: findings.last!.citations + FederalWageGarnishmentLimit.citations,
                    confidence: min(findings.last!.confidence, FederalWageGarnishmentLimit.confidence(for: period))))
        } else if let withheld, stateMayProtectMore || upperBound {
            findings.append(
                Finding(
                    id: "garnishment.state_may_protect_more", topic: .wageGarnishment,
                    sentence: Phrase.mayProtectMore(jurisdiction, withheld: withheld, maximum: maximum).text(in: language),
                    figures: [.money("Withheld", withheld), .money("Federal or computed limit", maximum)],
                    citations: rule.citations, confidence: .unknown))
        } else if let withheld {
            findings.append(
                Finding(
                    id: "garnishment.within_limit", topic: .wageGarnishment,
                    sentence: Phrase.withinLimit(withheld: withheld, maximum: maximum).text(in: language),
                    figures: [.money("Withheld", withheld), .money("Maximum", maximum)],
                    citations: FederalWageGarnishmentLimit.citations(for: period),
                    confidence: FederalWageGarnishmentLimit.confidence(for: period)))
        }
        return WageGarnishmentResult(
            period: period, disposable: disposable, federalProtectedFloor: floor,
            federalMaximum: federal, stateMaximum: stateMax, stateMaximumIsUpperBound: upperBound && stateMax != nil,
            maximum: maximum, withheld: withheld, overWithheld: over, findings: findings)
    }
}
