import CaseModel
import Testing
@testable import LegalRules

/// The Spanish catalogue entries for the states beyond the samples: every rule text the analysis
/// prints for a covered state has an entry, and a Spanish analysis of a foreclosure in that state
/// has no English left in its deficiency, deadline and wage sentences.
@Suite struct CatalogueSpanishStateTests {
    /// The jurisdictions whose deficiency, deadline, wage and exemption-claim text has Spanish
    /// entries: all of them, the samples' states first.
    static let covered: [Jurisdiction] = [.CA, .NY, .TX] + Jurisdiction.allCases.filter { ![.CA, .NY, .TX].contains($0) }

    /// Every catalogue text for a state that the Spanish analysis routes through `CatalogueSpanish`.
    static func catalogueTexts(_ state: Jurisdiction) -> [String] {
        let deficiency = StateDeficiencyRule.rule(for: state)
        var texts = deficiency.availability.flatMap { [$0.explanation] + ($0.question.map { [$0] } ?? []) }
        texts += deficiency.fairValue.map(\.explanation)
        let claims = ExemptionClaimRule.all.filter { $0.jurisdiction == state }
        let deadlines = deficiency.deadlines + claims.flatMap { [$0.deadline, $0.mailedDeadline].compactMap { $0 } }
        texts += deadlines.flatMap { [$0.action] + [$0.condition, $0.note].compactMap { $0 } }
        texts += claims.flatMap { [$0.procedure] + $0.forms }
        texts.append(StateWageGarnishmentRule.rule(for: state).summary)
        return texts
    }

    @Test(arguments: covered)
    func everyRuleTextHasAnEntry(_ state: Jurisdiction) {
        for text in Self.catalogueTexts(state) {
            #expect(CatalogueSpanish.has(text), "\(state): no Spanish for \(text)")
        }
    }

    /// A minimal foreclosure with a wage garnishment, in every sale type and loan shape the state's
    /// rules distinguish, so each availability branch and deadline is reached.
    static func foreclosures(in state: Jurisdiction) -> [CaseModel.Case] {
        let debtor = Debtor(name: "Pat Example", address: Address(line1: "1 Main Street", city: "Capital", state: state, zip: "00000"))
        let garnishment = Garnishment(
            employer: "Acme", payPeriod: .weekly, grossEarnings: cents(90_000),
            disposableEarnings: cents(70_000), amountWithheld: cents(10_000))
        var cases: [CaseModel.Case] = []
        for saleType in [SaleType.judicial, .nonjudicial] {
            for loan in [LoanType.purchaseMoneyFirstMortgage, .refinance, .secondMortgageOrHELOC] {
                for occupied in [true, false] {
                    let debt = Debt(loanType: loan, ownerOccupied: occupied, propertyState: state, principal: cents(20_000_000))
                    let sale = Sale(
                        type: saleType, date: day("2026-06-01"), price: cents(15_000_000),
                        deedDeliveredOn: day("2026-06-15"), confirmedOn: day("2026-07-01"))
                    cases.append(
                        CaseModel.Case(
                            id: "\(state)", debtor: debtor, debt: debt, sale: sale,
                            actions: CollectionActions(garnishments: [garnishment])))
                }
            }
        }
        return cases
    }

    @Test(arguments: covered)
    func spanishForeclosureHasNoEnglish(_ state: Jurisdiction) throws {
        let topics: Set<Finding.Topic> = [.deficiency, .deadline, .wageGarnishment]
        for theCase in Self.foreclosures(in: state) {
            let a = CaseAnalyzer.analyze(theCase, asOf: CaseAnalyzerTests.asOf, language: .spanish)
            var texts = a.findings.filter { topics.contains($0.topic) }.map(\.sentence)
            let d = try #require(a.deficiency)
            texts += [d.summary] + d.openQuestions
            texts += a.deadlines.flatMap { [$0.description, $0.sentence] }
            texts += a.garnishments.map(\.stateRule)
            #expect(!texts.isEmpty)
            for text in texts {
                #expect(AnalysisLanguageTests.englishWords(in: text).isEmpty, "\(state): English in: \(text)")
            }
        }
    }

    @Test func englishIsUnchanged() {
        let theCase = Self.foreclosures(in: .FL)[0]
        let english = CaseAnalyzer.analyze(theCase, asOf: CaseAnalyzerTests.asOf)
        let spanish = CaseAnalyzer.analyze(theCase, asOf: CaseAnalyzerTests.asOf, language: .spanish)
        #expect(english.findings.contains { $0.sentence.contains("the court may enter a deficiency judgment") })
        #expect(spanish.findings.contains { $0.sentence.contains("el tribunal puede dictar una sentencia de deficiencia") })
    }
}
