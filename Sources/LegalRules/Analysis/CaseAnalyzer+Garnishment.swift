import CaseModel

extension CaseAnalyzer {
    /// The federal CCPA limit and the home state's rule for one garnishment.
    ///
    /// Whether the judgment is a "consumer credit" one and whether the debtor is a head of family are
    /// not in the case file, so rules scoped to them say they may apply rather than being applied.
    /// A state's own minimum wage is taken as of `asOf` (the current pay), the lowest regional
    /// figure when the case does not say where the debtor works (`work_county`) or names a place no
    /// listed region holds.
    static func garnishment(
        _ g: Garnishment, in state: Jurisdiction, asOf: CalendarDate, householdSize: Int?, label: String?,
        language: AnalysisLanguage
    ) -> Analysed<CaseAnalysis.WageGarnishment> {
        let regional = g.workCounty.flatMap { StateMinimumWage.rate(in: state, on: asOf, county: $0) }
        let rates = regional.map { [$0] } ?? StateMinimumWage.rates(in: state, on: asOf)
        let result = WageGarnishmentCalculator.calculate(
            disposable: g.disposableEarnings, gross: g.grossEarnings, period: g.payPeriod,
            jurisdiction: state, withheld: g.amountWithheld, stateMinimumHourlyWage: rates.first?.hourly,
            higherRegionalWage: rates.count > 1 ? rates.last?.hourly : nil, language: language)
        let federal = result.findings.first { $0.id == "garnishment.federal_limit" }!
        let stateFinding = result.findings.first { $0.id.hasPrefix("garnishment.state") }!
        var findings = result.findings
        if let used = rates.first, stateFinding.id == "garnishment.state_limit" {
            findings.insert(
                Finding(
                    id: "garnishment.state_minimum_wage", topic: .wageGarnishment,
                    sentence: Phrase.stateMinimumWage(
                        state, date: asOf, rates: rates, used: used.hourly, regionMatters: result.stateMaximumIsUpperBound,
                        workCounty: g.workCounty
                    ).text(in: language),
                    figures: rates.map { .money("Minimum wage, \($0.region)", $0.hourly) },
                    citations: rates.flatMap(\.citations).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                    confidence: rates.map(\.confidence).min() ?? .unknown),
                at: findings.firstIndex { $0.id == "garnishment.state_limit" }.map { $0 + 1 } ?? findings.endIndex)
        }
        let rule = StateWageGarnishmentRule.rule(for: state)
        if case .formula(let formula) = rule.kind, let perDependant = formula.weeklyReductionPerDependant {
            findings.append(
                Finding(
                    id: "garnishment.dependants_not_counted", topic: .wageGarnishment,
                    sentence: Phrase.dependantsNotCounted(state, perDependant: perDependant, householdSize: householdSize).text(in: language),
                    citations: rule.citations, confidence: rule.confidence))
        }
        let citations = federal.citations + stateFinding.citations.filter { !federal.citations.contains($0) }
        let section = CaseAnalysis.WageGarnishment(
            employer: g.employer, payPeriod: g.payPeriod, jurisdiction: state, gross: g.grossEarnings, disposable: g.disposableEarnings,
            federalFloor: result.federalProtectedFloor,
            floorMultiple: FederalWageGarnishmentLimit.multiple(for: g.payPeriod),
            twentyFivePercent: FederalWageGarnishmentLimit.twentyFivePercent(of: g.disposableEarnings),
            excessOverFloor: FederalWageGarnishmentLimit.excessOverFloor(disposable: g.disposableEarnings, period: g.payPeriod),
            limitingRule: FederalWageGarnishmentLimit.limitingRule(disposable: g.disposableEarnings, period: g.payPeriod),
            federalLimit: result.federalMaximum, federalRule: federal.sentence,
            stateLimit: result.stateMaximum, stateLimitIsUpperBound: result.stateMaximumIsUpperBound, stateRule: stateFinding.sentence,
            maxGarnishable: result.maximum, withheld: g.amountWithheld, overWithheld: result.overWithheld,
            firstWithheld: g.firstWithheld, workCounty: g.workCounty, citation: citations.joinedText, citations: citations,
            confidence: .statute, floorConfidence: federal.confidence, stateConfidence: stateFinding.confidence)
        return Analysed(section: section, findings: findings.map { labelled($0, label) })
    }
}
