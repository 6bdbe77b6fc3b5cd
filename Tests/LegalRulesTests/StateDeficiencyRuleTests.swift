import CaseModel
import Testing
@testable import LegalRules

extension StateDeficiencyRule: CustomTestStringConvertible {
    public var testDescription: String { jurisdiction.code }
}

@Suite struct StateDeficiencyRuleTests {
    @Test func everyJurisdictionExactlyOnce() {
        let codes = StateDeficiencyRule.all.map(\.jurisdiction)
        #expect(codes.count == 51)
        #expect(Set(codes) == Set(Jurisdiction.allCases))
    }

    @Test(arguments: StateDeficiencyRule.all)
    func everyEntryIsCited(rule: StateDeficiencyRule) {
        #expect(!rule.citations.isEmpty, "\(rule.jurisdiction)")
        #expect(!rule.availability.isEmpty, "\(rule.jurisdiction)")
        for a in rule.availability { #expect(!a.citations.isEmpty, "\(rule.jurisdiction): \(a.explanation)") }
        for f in rule.fairValue { #expect(!f.citations.isEmpty, "\(rule.jurisdiction): \(f.explanation)") }
        for d in rule.deadlines { #expect(!d.citations.isEmpty, "\(rule.jurisdiction): \(d.action)") }
        // An unknown availability rule must be graded unknown, never stated as fact.
        for a in rule.availability where a.outcome == .unknown { #expect(a.confidence == .unknown) }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let state: Jurisdiction, loan: LoanType, sale: SaleType?, occupied: Bool?, expected: DeficiencyAssessment.Status
        var testDescription: String { "\(state) \(loan) \(sale.map(\.rawValue) ?? "?") occupied:\(occupied.map(String.init) ?? "?") → \(expected)" }
    }

    static let cases: [Case] = [
        Case(state: .CA, loan: .refinance, sale: .nonjudicial, occupied: true, expected: .barred),  // 580d
        Case(state: .CA, loan: .purchaseMoneyFirstMortgage, sale: .judicial, occupied: true, expected: .mayBeBarred),  // 580b, units unknown
        Case(state: .CA, loan: .refinance, sale: .judicial, occupied: true, expected: .mayBeBarred),  // 580b(b) needs the refinance date
        Case(state: .CA, loan: .refinance, sale: nil, occupied: true, expected: .mayBeBarred),  // sale type decides
        Case(state: .WA, loan: .refinance, sale: .nonjudicial, occupied: true, expected: .barred),
        Case(state: .WA, loan: .refinance, sale: .judicial, occupied: true, expected: .unknown),
        Case(state: .OR, loan: .secondMortgageOrHELOC, sale: .nonjudicial, occupied: false, expected: .barred),
        Case(state: .AZ, loan: .refinance, sale: .nonjudicial, occupied: true, expected: .mayBeBarred),
        Case(state: .AZ, loan: .refinance, sale: .judicial, occupied: true, expected: .allowed),
        Case(state: .TX, loan: .purchaseMoneyFirstMortgage, sale: .nonjudicial, occupied: true, expected: .allowed),
        Case(state: .TX, loan: .secondMortgageOrHELOC, sale: .nonjudicial, occupied: true, expected: .mayBeBarred),
        Case(state: .MT, loan: .purchaseMoneyFirstMortgage, sale: .judicial, occupied: true, expected: .barred),
        Case(state: .HI, loan: .refinance, sale: .nonjudicial, occupied: false, expected: .unknown),  // outside the bar; no nonjudicial allowed rule
        Case(state: .HI, loan: .refinance, sale: .judicial, occupied: true, expected: .allowed),
        Case(state: .DE, loan: .refinance, sale: .judicial, occupied: true, expected: .unknown),
        Case(state: .NY, loan: .refinance, sale: .judicial, occupied: true, expected: .allowed),
        Case(state: .ND, loan: .refinance, sale: .judicial, occupied: false, expected: .allowed),
    ]

    @Test(arguments: cases)
    func assessment(_ c: Case) {
        let verdict = StateDeficiencyRule.rule(for: c.state)
            .assess(DeficiencyFacts(loanType: c.loan, saleType: c.sale, ownerOccupied: c.occupied))
        #expect(verdict.status == c.expected)
    }

    @Test func barredFindingCarriesStatuteCitation() {
        let findings = StateDeficiencyRule.rule(for: .WA).findings(for: DeficiencyFacts(loanType: .refinance, saleType: .nonjudicial))
        #expect(findings.first?.id == "deficiency.barred")
        #expect(findings.first?.citations.first?.text == "RCW 61.24.100")
        #expect(findings.first?.confidence == .statute)
    }

    @Test func openQuestionsBecomeFindings() {
        let findings = StateDeficiencyRule.rule(for: .AZ).findings(for: DeficiencyFacts(loanType: .refinance, saleType: .nonjudicial))
        #expect(findings.map(\.id) == ["deficiency.allowed_otherwise", "deficiency.may_be_barred.1"])
        #expect(findings[1].sentence.contains("2.5 acres"))
    }
}
