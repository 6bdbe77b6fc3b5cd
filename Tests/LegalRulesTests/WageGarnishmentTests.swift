import CaseModel
import Testing
@testable import LegalRules

@Suite struct WageGarnishmentTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let period: PayPeriod, disposable: Int, expected: Int  // cents
        var testDescription: String { "\(period) \(Money(cents: disposable)) → \(Money(cents: expected))" }
    }

    // Federal CCPA limit at $7.25: max(0, min(25% × D, D − multiple × 7.25)).
    static let federalCases: [Case] = [
        // $300: 25% = $75.00 and 300 − 217.50 = $82.50; the statute takes the LESSER, so $75.00
        // (the brief's "$82.50" is the excess alone; above the $290 crossover 25% is the lower prong).
        Case(period: .weekly, disposable: 30_000, expected: 7_500),
        Case(period: .weekly, disposable: 25_000, expected: 3_250),  // $250: 250 − 217.50 = 32.50 < 62.50
        Case(period: .weekly, disposable: 100_000, expected: 25_000),  // 25% of 1,000 = 250 < 1,000 − 217.50
        Case(period: .weekly, disposable: 21_750, expected: 0),  // at the 30× floor nothing
        Case(period: .weekly, disposable: 29_000, expected: 7_250),  // crossover: 290 − 217.50 = 72.50 = 25% of 290
        Case(period: .biweekly, disposable: 50_000, expected: 6_500),  // 500 − 435 (60×) = 65 < 125
        Case(period: .biweekly, disposable: 60_000, expected: 15_000),  // 25% = 150 < 600 − 435 = 165
        Case(period: .semimonthly, disposable: 60_000, expected: 12_875),  // 600 − 471.25 (65×) = 128.75 < 150
        Case(period: .semimonthly, disposable: 100_000, expected: 25_000),  // 25% = 250 < 528.75
        Case(period: .monthly, disposable: 100_000, expected: 5_750),  // 1,000 − 942.50 (130×) = 57.50 < 250
        Case(period: .monthly, disposable: 400_000, expected: 100_000),  // 25% = 1,000 < 3,057.50
        Case(period: .monthly, disposable: 90_000, expected: 0),  // below the floor
    ]

    @Test(arguments: federalCases)
    func federalLimit(_ c: Case) {
        #expect(FederalWageGarnishmentLimit.maximumGarnishable(disposable: cents(c.disposable), period: c.period) == cents(c.expected))
    }

    @Test func floorsPerPayPeriod() {
        // 30/60/65/130 × $7.25 = $217.50 / $435.00 / $471.25 / $942.50 (29 CFR 870.10).
        #expect(
            PayPeriod.allCases.map { FederalWageGarnishmentLimit.protectedFloor(for: $0) }
                == [cents(21_750), cents(43_500), cents(47_125), cents(94_250)])
    }

    struct StateCase: Sendable, CustomTestStringConvertible {
        let state: Jurisdiction, disposable: Int, dependants: Int, stateWage: Int?, expected: Int
        var testDescription: String { "\(state) weekly \(Money(cents: disposable)) → \(Money(cents: expected))" }
    }

    // Weekly pay; the maximum is the lesser of the federal and state limits.
    static let stateCases: [StateCase] = [
        StateCase(state: .TX, disposable: 100_000, dependants: 0, stateWage: nil, expected: 0),  // barred for consumer debt
        StateCase(state: .ND, disposable: 100_000, dependants: 2, stateWage: nil, expected: 21_000),  // min(250, 1,000 − 290) − 2 × 20
        StateCase(state: .SD, disposable: 100_000, dependants: 1, stateWage: nil, expected: 17_500),  // min(200, 710) − 25
        StateCase(state: .WV, disposable: 40_000, dependants: 0, stateWage: nil, expected: 3_750),  // min(80, 400 − 362.50 (50×))
        StateCase(state: .DE, disposable: 100_000, dependants: 0, stateWage: nil, expected: 15_000),  // 15% of 1,000
        StateCase(state: .DC, disposable: 100_000, dependants: 0, stateWage: 1_750, expected: 7_500),  // 25% × (1,000 − 40 × 17.50)
        StateCase(state: .CT, disposable: 30_000, dependants: 0, stateWage: nil, expected: 1_000),  // upper bound: min(75, 300 − 290)
        StateCase(state: .UT, disposable: 30_000, dependants: 0, stateWage: nil, expected: 7_500),  // same as federal: min(75, 82.50)
        StateCase(state: .DC, disposable: 100_000, dependants: 0, stateWage: nil, expected: 25_000),  // DC wage not given → federal only
    ]

    @Test(arguments: stateCases)
    func stateLimit(_ c: StateCase) {
        let r = WageGarnishmentCalculator.calculate(
            disposable: cents(c.disposable), period: .weekly, jurisdiction: c.state,
            stateMinimumHourlyWage: c.stateWage.map(cents), dependants: c.dependants)
        #expect(r.maximum == cents(c.expected))
    }

    @Test func overWithholdingIsFlagged() {
        // Utah, weekly $1,000: limit $250; $300 withheld is $50 over.
        let r = WageGarnishmentCalculator.calculate(disposable: cents(100_000), period: .weekly, jurisdiction: .UT, withheld: cents(30_000))
        #expect(r.overWithheld == cents(5_000))
        #expect(r.findings.last?.id == "garnishment.over_withheld")
    }

    @Test func headOfFamilyRuleOnlyWhenClaimed() {
        // Missouri head of family: 10% of 1,000 = 100; unknown status → federal 250 with a finding.
        let claimed = WageGarnishmentCalculator.calculate(disposable: cents(100_000), period: .weekly, jurisdiction: .MO, headOfFamily: true)
        #expect(claimed.maximum == cents(10_000))
        let unknown = WageGarnishmentCalculator.calculate(disposable: cents(100_000), period: .weekly, jurisdiction: .MO)
        #expect(unknown.maximum == cents(25_000))
        #expect(unknown.findings.contains { $0.id == "garnishment.state_limit" && $0.sentence.contains("depends") })
    }

    @Test func upperBoundIsMarked() {
        let r = WageGarnishmentCalculator.calculate(disposable: cents(30_000), period: .weekly, jurisdiction: .VA)
        #expect(r.stateMaximumIsUpperBound)
        #expect(r.findings.contains { $0.sentence.contains("with the state's own minimum wage the limit may be lower") })
    }

    @Test func stateScaledFormulaIsAnEstimate() {
        // Virginia 40× biweekly: floor 40 × 7.25 × 2 = 580; 25% of 600 = 150 vs 600 − 580 = 20 → 20.
        let r = WageGarnishmentCalculator.calculate(disposable: cents(60_000), period: .biweekly, jurisdiction: .VA)
        #expect(r.stateMaximum == cents(2_000))
        let finding = r.findings.first { $0.id == "garnishment.state_limit" }
        #expect(finding?.confidence == .secondary)
    }

    @Test func everyJurisdictionOnceAndCited() {
        #expect(StateWageGarnishmentRule.all.count == 51)
        #expect(Set(StateWageGarnishmentRule.all.map(\.jurisdiction)) == Set(Jurisdiction.allCases))
        for rule in StateWageGarnishmentRule.all { #expect(!rule.citations.isEmpty, "\(rule.jurisdiction)") }
        // The four no-garnishment states of legal-notes §2.5.
        let barred = StateWageGarnishmentRule.all.filter { $0.kind == .barredForConsumerDebt }.map(\.jurisdiction)
        #expect(Set(barred) == [.NC, .PA, .SC, .TX])
    }
}

@Suite struct WageScopeTests {
    @Test func consumerCreditRuleSkippedForOtherDebts() {
        // Iowa's 40× rule covers consumer-credit judgments only: weekly $300 → federal $75.00.
        let other = WageGarnishmentCalculator.calculate(disposable: cents(30_000), period: .weekly, jurisdiction: .IA, consumerCredit: false)
        #expect(other.maximum == cents(7_500))
        #expect(other.findings.contains { $0.id == "garnishment.state_rule_not_applicable" })
        // Consumer credit: min(75, 300 − 290) = 10.
        let consumer = WageGarnishmentCalculator.calculate(disposable: cents(30_000), period: .weekly, jurisdiction: .IA, consumerCredit: true)
        #expect(consumer.maximum == cents(1_000))
    }
}
