import CaseModel
import LegalRules
import Testing

/// A balance claimed without itemised principal is the collector's figure, whose meaning (before
/// or after the sale) the case does not give: the analysis says so and draws no surplus from it.
@Suite struct ClaimedBalanceTests {
    static let florida = """
        id: fl
        debtor: {name: Pat Example, address: {line1: 1 Main St, city: Tampa, state: FL, zip: "33602"}}
        debt: {loan_type: purchase_money_first_mortgage, owner_occupied: true, property_state: FL, balance_claimed: 62000}
        sale: {type: judicial, date: 2026-03-02, price: 180000, fair_market_value: 230000, certificate_of_title_on: 2026-03-13}
        """

    @Test func theCollectorsFigureIsNamedAndNoSurplusFollowsFromIt() throws {
        let a = try ClaimsAndFactsTests.analyze(Self.florida)
        let note = try #require(a.findings.first { $0.id == "deficiency.not_itemised" })
        #expect(note.sentence.contains("The balance claimed ($62,000.00) is the collector's own figure, not a court's"))
        #expect(note.sentence.contains("whether it is the debt before the sale"))
        #expect(note.sentence.contains("the foreclosure judgment, whose amount the case file does not give"))
        #expect(a.deficiency?.saleSurplus == nil && a.deficiency?.saleSurplusSentence == nil)
        #expect(!a.claims.contains { $0.id == "claim.surplus" })
        // With the debt itemised, the surplus is the analysis' own and is stated.
        let itemised = try ClaimsAndFactsTests.analyze(Self.florida.replacingOccurrences(of: "balance_claimed: 62000", with: "principal: 62000"))
        #expect(itemised.deficiency?.saleSurplus == Money(dollars: 118_000))
        #expect(itemised.claims.contains { $0.id == "claim.surplus" })
    }

    @Test func floridasCapIsMeasuredFromTheForeclosureJudgment() {
        let rule = StateDeficiencyRule.rule(for: .FL)
        #expect(rule.fairValue.first?.explanation.contains("the amount of the foreclosure judgment minus the fair market value") == true)
    }
}
