import CaseModel

/// Combines the federal CCPA cap with a state's stricter rule for one pay.
public enum WageGarnishmentCalculator {
    /// The limit for one pay in a jurisdiction, and whether `withheld` exceeds it.
    ///
    /// - Parameters:
    ///   - stateMinimumHourlyWage: needed where the state's floor uses its own minimum wage (not in the catalogue).
    ///   - consumerCredit: whether the judgment arose from a consumer credit transaction (nil: unknown).
    ///   - headOfFamily: whether the debtor is a head of family who claims it (nil: unknown).
    public static func calculate(disposable: Money, period: PayPeriod, jurisdiction: Jurisdiction,
                                 withheld: Money? = nil, stateMinimumHourlyWage: Money? = nil,
                                 dependants: Int = 0, consumerCredit: Bool? = nil, headOfFamily: Bool? = nil) -> WageGarnishmentResult {
        let floor = FederalWageGarnishmentLimit.protectedFloor(for: period)
        let federal = FederalWageGarnishmentLimit.maximumGarnishable(disposable: disposable, period: period)
        let multiple = FederalWageGarnishmentLimit.multiple(for: period)
        var findings = [Finding(
            id: "garnishment.federal_limit", topic: .wageGarnishment,
            sentence: "Federal law lets a creditor take at most \(federal) from \(period.rawValue) disposable pay of \(disposable): the lesser of 25% and the amount above \(floor) (\(multiple) × $7.25).",
            figures: [.money("Disposable earnings", disposable), .money("Protected floor", floor), .money("Federal maximum", federal)],
            citations: FederalWageGarnishmentLimit.citations(for: period),
            confidence: FederalWageGarnishmentLimit.confidence(for: period))]

        let rule = StateWageGarnishmentRule.rule(for: jurisdiction)
        let name = jurisdiction.name
        var stateMax: Money?
        var upperBound = false
        switch rule.kind {
        case .barredForConsumerDebt:
            stateMax = .zero
            findings.append(Finding(id: "garnishment.state_barred", topic: .wageGarnishment,
                                    sentence: "\(name) does not allow wage garnishment for ordinary consumer debt: \(rule.summary)",
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
            case .higherOfFederalOrState, .highestApplicable:
                if let s = stateMinimumHourlyWage {
                    wage = max(s, FederalWageGarnishmentLimit.minimumHourlyWage)
                } else {
                    wage = FederalWageGarnishmentLimit.minimumHourlyWage
                    upperBound = true
                }
            }
            if formula.weeklyFloorMultiple == nil { upperBound = false }
            if applies == false {
                findings.append(Finding(id: "garnishment.state_rule_not_applicable", topic: .wageGarnishment,
                                        sentence: "\(name)'s stricter rule covers only \(formula.scope.phrase), so the federal limit applies here.",
                                        citations: rule.citations, confidence: rule.confidence))
            } else if let wage {
                let computed = formula.maximumGarnishable(disposable: disposable, period: period, hourlyWage: wage, dependants: dependants)
                let estimate = period != .weekly && formula.weeklyFloorMultiple != nil
                var sentence = "\(name)'s rule\(formula.scope == .allJudgments ? "" : " for \(formula.scope.phrase)") allows at most \(computed): \(rule.summary)"
                if upperBound { sentence += " This uses the federal minimum wage; with the state's own minimum wage the limit is lower." }
                if estimate { sentence += " For a \(period.rawValue) pay the weekly figure was scaled like the federal table, so it is an estimate." }
                if applies == nil { sentence += " Whether this applies depends on whether the debt is covered (\(formula.scope.phrase))." }
                findings.append(Finding(id: "garnishment.state_limit", topic: .wageGarnishment, sentence: sentence,
                                        figures: [.money("State maximum", computed)], citations: rule.citations,
                                        confidence: estimate && rule.confidence == .statute ? .secondary : rule.confidence))
                if applies == true { stateMax = computed }
            } else {
                findings.append(Finding(id: "garnishment.state_limit_needs_wage", topic: .wageGarnishment,
                                        sentence: "\(name)'s rule is stricter than federal law but needs the state minimum wage to compute: \(rule.summary)",
                                        citations: rule.citations, confidence: rule.confidence))
            }
        case .stricterNotComputed:
            findings.append(Finding(id: "garnishment.state_stricter", topic: .wageGarnishment,
                                    sentence: "\(name) protects more than federal law in a way not computed here: \(rule.summary)",
                                    citations: rule.citations, confidence: rule.confidence))
        case .sameAsFederal:
            findings.append(Finding(id: "garnishment.state_same_as_federal", topic: .wageGarnishment,
                                    sentence: "\(name) has no stricter percentage than federal law: \(rule.summary)",
                                    citations: rule.citations, confidence: rule.confidence))
        case .unknown:
            findings.append(Finding(id: "garnishment.state_unknown", topic: .wageGarnishment,
                                    sentence: "\(name)'s own wage-garnishment limit is not confirmed; only the federal limit is applied. \(rule.summary)",
                                    citations: rule.citations, confidence: .unknown))
        }

        let maximum = stateMax.map { min($0, federal) } ?? federal
        var over: Money?
        if let withheld, withheld > maximum {
            over = withheld - maximum
            findings.append(Finding(id: "garnishment.over_withheld", topic: .wageGarnishment,
                                    sentence: "The \(withheld) withheld is \(withheld - maximum) more than the \(maximum) the law allows from this pay.",
                                    figures: [.money("Withheld", withheld), .money("Maximum", maximum), .money("Over the limit", withheld - maximum)],
                                    citations: findings.last!.citations + FederalWageGarnishmentLimit.citations,
                                    confidence: min(findings.last!.confidence, FederalWageGarnishmentLimit.confidence(for: period))))
        } else if let withheld {
            findings.append(Finding(id: "garnishment.within_limit", topic: .wageGarnishment,
                                    sentence: "The \(withheld) withheld is within the \(maximum) limit computed here.",
                                    figures: [.money("Withheld", withheld), .money("Maximum", maximum)],
                                    citations: FederalWageGarnishmentLimit.citations(for: period),
                                    confidence: FederalWageGarnishmentLimit.confidence(for: period)))
        }
        return WageGarnishmentResult(period: period, disposable: disposable, federalProtectedFloor: floor,
                                     federalMaximum: federal, stateMaximum: stateMax, stateMaximumIsUpperBound: upperBound && stateMax != nil,
                                     maximum: maximum, withheld: withheld, overWithheld: over, findings: findings)
    }
}
