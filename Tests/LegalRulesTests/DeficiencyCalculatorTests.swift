import CaseModel
import Testing
@testable import LegalRules

@Suite struct DeficiencyCalculatorTests {
    @Test func debtMinusSalePriceBeforeFees() {
        // $200,000 owed − $180,000 sale price = $20,000 (legal-notes §4, the team's example).
        let calc = DeficiencyCalculator.calculate(
            charges: [LineItem("Unpaid principal", Money(dollars: 200_000))],
            salePrice: Money(dollars: 180_000), fairMarketValue: nil, measure: .salePrice)
        #expect(calc.deficiency == Money(dollars: 20_000))
        #expect(calc.surplus == .zero)
        #expect(calc.lines.map(\.label) == ["Unpaid principal", "Total owed", "Less sale price", "Deficiency"])
        #expect(calc.lines[2].amount == Money(dollars: -180_000))
        #expect(calc.findings.first?.id == "deficiency.amount")
    }

    @Test func feesAndOtherCreditsAreItemised() {
        // 200,000 + 5,000 interest + 1,250.50 costs − 180,000 sale − 2,000 insurance = 24,250.50
        let calc = DeficiencyCalculator.calculate(
            charges: [
                LineItem("Principal", Money(dollars: 200_000)), LineItem("Interest", Money(dollars: 5_000)),
                LineItem("Sale costs", cents(125_050)),
            ],
            salePrice: Money(dollars: 180_000), fairMarketValue: nil,
            otherCredits: [LineItem("mortgage insurance proceeds", Money(dollars: 2_000))], measure: .salePrice)
        #expect(calc.totalOwed == cents(20_625_050))
        #expect(calc.deficiency == cents(2_425_050))
        #expect(calc.lines.last == LineItem("Deficiency", cents(2_425_050)))
    }

    @Test func fairValueStateUsesHigherMarketValue() {
        // New York (RPAPL 1371): owe 450,000, sale 400,000, FMV 425,000 → 450,000 − 425,000 = 25,000 (Nolo example).
        let ny = StateDeficiencyRule.rule(for: .NY)
        let calc = DeficiencyCalculator.calculate(
            charges: [LineItem("Judgment", Money(dollars: 450_000))],
            salePrice: Money(dollars: 400_000), fairMarketValue: Money(dollars: 425_000),
            rule: ny, facts: DeficiencyFacts(loanType: .refinance, saleType: .judicial))
        #expect(calc.deficiency == Money(dollars: 25_000))
        #expect(calc.measureApplied == .greaterOfSalePriceAndFairMarketValue)
        #expect(calc.findings.contains { $0.id == "deficiency.fair_value_applied" && $0.confidence == .statute })
    }

    @Test func fairValueBelowSalePriceKeepsSalePrice() {
        // FMV 170,000 < sale 180,000: the sale proceeds are still credited → 20,000.
        let calc = DeficiencyCalculator.calculate(
            charges: [LineItem("Debt", Money(dollars: 200_000))],
            salePrice: Money(dollars: 180_000), fairMarketValue: Money(dollars: 170_000),
            measure: .greaterOfSalePriceAndFairMarketValue)
        #expect(calc.deficiency == Money(dollars: 20_000))
        #expect(calc.measureApplied == .salePrice)
    }

    @Test func surplusIsReportedNeverNegative() {
        // 150,000 owed, sale 160,000 → surplus 10,000, deficiency 0.
        let calc = DeficiencyCalculator.calculate(
            charges: [LineItem("Debt", Money(dollars: 150_000))],
            salePrice: Money(dollars: 160_000), fairMarketValue: nil, measure: .salePrice)
        #expect(calc.deficiency == .zero)
        #expect(calc.surplus == Money(dollars: 10_000))
        #expect(calc.findings.first?.id == "deficiency.surplus")
    }

    @Test func saleStateWithoutFairValueIgnoresMarketValue() {
        // Missouri credits the foreclosure price, not FMV: 200,000 − 180,000 = 20,000 even with FMV 195,000.
        let calc = DeficiencyCalculator.calculate(
            charges: [LineItem("Debt", Money(dollars: 200_000))],
            salePrice: Money(dollars: 180_000), fairMarketValue: Money(dollars: 195_000),
            rule: StateDeficiencyRule.rule(for: .MO),
            facts: DeficiencyFacts(loanType: .refinance, saleType: .nonjudicial))
        #expect(calc.deficiency == Money(dollars: 20_000))
    }

    @Test func conditionalFairValueReportedWhenOccupancyUnknown() {
        // Florida's FMV cap needs owner occupancy; unknown → sale price used (20,000) and the
        // alternative with FMV 195,000 (5,000) given in a finding.
        let calc = DeficiencyCalculator.calculate(
            charges: [LineItem("Debt", Money(dollars: 200_000))],
            salePrice: Money(dollars: 180_000), fairMarketValue: Money(dollars: 195_000),
            rule: StateDeficiencyRule.rule(for: .FL),
            facts: DeficiencyFacts(loanType: .refinance, saleType: .judicial))
        #expect(calc.deficiency == Money(dollars: 20_000))
        let alt = calc.findings.first { $0.id == "deficiency.fair_value_may_apply" }
        #expect(alt?.figures.first?.value == .money(Money(dollars: 5_000)))
    }

    @Test func fairValueNeededWhenNoValueGiven() {
        let calc = DeficiencyCalculator.calculate(
            charges: [LineItem("Debt", Money(dollars: 200_000))],
            salePrice: Money(dollars: 180_000), fairMarketValue: nil,
            rule: StateDeficiencyRule.rule(for: .AZ),
            facts: DeficiencyFacts(loanType: .refinance, saleType: .nonjudicial))
        #expect(calc.findings.contains { $0.id == "deficiency.fair_value_needed" })
    }
}
