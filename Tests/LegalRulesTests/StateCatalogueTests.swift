import CaseModel
import Testing
@testable import LegalRules

/// Every jurisdiction has an entry in each state catalogue of issue 13 item 4, and every entry either
/// cites its source or is explicitly unknown with a reason.
@Suite struct StateCatalogueTests {
    @Test(arguments: Jurisdiction.allCases)
    func everyCatalogueHasTheJurisdictionOnce(_ state: Jurisdiction) {
        #expect(StateWageGarnishmentRule.all.filter { $0.jurisdiction == state }.count == 1)
        #expect(BankAccountExemptionRule.all.filter { $0.jurisdiction == state }.count == 1)
        #expect(ExemptionProcedureRule.all.filter { $0.jurisdiction == state }.count == 1)
        #expect(StateCollectionLawRule.all.filter { $0.jurisdiction == state }.count == 1)
    }

    @Test(arguments: Jurisdiction.allCases)
    func everyEntryCitesOrSaysWhyUnknown(_ state: Jurisdiction) {
        let wage = StateWageGarnishmentRule.rule(for: state)
        #expect(!wage.citations.isEmpty)
        if case .unknown = wage.kind { #expect(wage.confidence == .unknown) }

        let bank = BankAccountExemptionRule.rule(for: state)
        #expect(!bank.citations.isEmpty && bank.citations.allSatisfy { !$0.text.isEmpty })
        let stated = [bank.automatic, bank.claimable, bank.wildcard].compactMap { $0 }
        switch bank.kind {
        case .unknown: #expect(bank.confidence == .unknown && !bank.notes.isEmpty && stated.isEmpty)
        case .noneFound: #expect(bank.confidence != .unknown && !bank.notes.isEmpty)
        case .stricterThanFederal: #expect(bank.confidence != .unknown && !stated.isEmpty)
        }

        let procedure = ExemptionProcedureRule.rule(for: state)
        #expect(!procedure.citations.isEmpty)
        if procedure.confidence == .unknown { #expect(!procedure.notes.isEmpty) }
        let verification = procedure.verification
        if verification.kind != .unknown { #expect(verification.citation != nil) }
        if verification.kind == .unswornDeclaration { #expect(verification.wording != nil && !verification.needsNotary) }

        let law = StateCollectionLawRule.rule(for: state)
        #expect(!law.citations.isEmpty)
        if law.lawName == nil { #expect(law.confidence == .unknown && !law.notes.isEmpty) }
    }

    /// Issue 13's bank survey: every state it covers was searched (the per-state log in
    /// docs/legal-rules.md names it), and every entry graded below `statute` says what was not read.
    @Test func issue13BankSurveyIsRecorded() throws {
        #expect(BankAccountExemptionRule.issue13Survey.count == 26)
        #expect(BankAccountExemptionRule.all.filter { $0.kind == .unknown }.count <= 2)
        let doc = try String(contentsOf: LegalRulesDocTests.docURL, encoding: .utf8)
        let log = try #require(doc.range(of: "### Bank accounts: what was searched, per state"))
        let section = doc[log.upperBound...].prefix { $0 != "#" }
        for rule in BankAccountExemptionRule.issue13Survey {
            #expect(section.contains("- **\(rule.jurisdiction.code)**"), "\(rule.jurisdiction) has no search record")
            if rule.confidence != .statute { #expect(!rule.notes.isEmpty, "\(rule.jurisdiction)") }
        }
    }

    /// A state searched with nothing beyond benefit-source exemptions prints no state sentence in a
    /// bank-levy claim; a state with a confirmed deposit exemption prints it with its citation.
    @Test func bankLevyClaimPrintsOnlyWhatWasFound() {
        #expect(CaseAnalysis.ClaimProcedure(.KS, action: .bankLevy).stateBankExemption == nil)
        #expect(CaseAnalysis.ClaimProcedure(.HI, action: .bankLevy).stateBankExemption == nil)
        let wv = CaseAnalysis.ClaimProcedure(.WV, action: .bankLevy).stateBankExemption
        #expect(wv?.contains("$1,100") == true && wv?.contains("W. Va. Code § 38-8-1(a)(4), (b)") == true)
        #expect(CaseAnalysis.ClaimProcedure(.WV, action: .wageGarnishment).stateBankExemption == nil)
    }

    /// Only California says "levying officer"; every state has words for its officer and garnishee.
    @Test(arguments: Jurisdiction.allCases)
    func levyingOfficerOnlyInCalifornia(_ state: Jurisdiction) {
        let officers = ExemptionProcedureRule.rule(for: state).officers
        #expect((officers.enforcingOfficer == "levying officer") == (state == .CA))
        #expect(!officers.enforcingOfficer.isEmpty && !officers.garnishee.isEmpty)
    }

    struct Pay: Sendable, CustomTestStringConvertible {
        let state: Jurisdiction, gross: Int, disposable: Int, expected: Int  // cents, weekly
        var testDescription: String { "\(state) gross \(Money(cents: gross)) → \(Money(cents: expected))" }
    }

    // Weekly pay of $900 gross, $700 disposable (docs/legal-rules.md, "Worked examples").
    static let pays: [Pay] = [
        Pay(state: .NY, gross: 90_000, disposable: 70_000, expected: 9_000),  // 10% of gross (CPLR 5231(b))
        Pay(state: .IL, gross: 90_000, disposable: 70_000, expected: 13_500),  // 15% of gross < 700 − 45 × 7.25
        Pay(state: .IL, gross: 40_000, disposable: 35_000, expected: 2_375),  // 350 − 326.25 < 15% of 400
        Pay(state: .TX, gross: 90_000, disposable: 70_000, expected: 0),  // current wages exempt
        Pay(state: .PA, gross: 90_000, disposable: 70_000, expected: 0),  // no wage attachment
        Pay(state: .UT, gross: 90_000, disposable: 70_000, expected: 17_500),  // federal only: 25%
        Pay(state: .MA, gross: 90_000, disposable: 70_000, expected: 13_500),  // 15% of gross < 900 − 362.50
        Pay(state: .NV, gross: 70_000, disposable: 60_000, expected: 10_800),  // 18% (gross ≤ $770) < 600 − 362.50
        Pay(state: .NV, gross: 90_000, disposable: 70_000, expected: 17_500),  // 25% above $770
        Pay(state: .CA, gross: 90_000, disposable: 70_000, expected: 14_000),  // 20% < 40% × (700 − 48 × 7.25)
    ]

    @Test(arguments: pays)
    func weeklyLimit(_ p: Pay) {
        let r = WageGarnishmentCalculator.calculate(
            disposable: Money(cents: p.disposable), gross: Money(cents: p.gross),
            period: .weekly, jurisdiction: p.state)
        #expect(r.maximum == Money(cents: p.expected))
    }

    /// A withholding under the computed figure is "within the limit" only where the state's own rule
    /// was fully computed; otherwise the finding says the state may protect more.
    @Test func withinLimitOnlyWhenTheStateRuleIsKnown() {
        let utah = WageGarnishmentCalculator.calculate(
            disposable: Money(cents: 70_000), gross: Money(cents: 90_000), period: .weekly,
            jurisdiction: .UT, withheld: Money(cents: 10_000))
        #expect(utah.findings.contains { $0.id == "garnishment.within_limit" })
        for state in [Jurisdiction.NY, .OR, .MO, .WA] {  // upper bound, not computed, head of family or consumer debt unknown
            let r = WageGarnishmentCalculator.calculate(
                disposable: Money(cents: 70_000), gross: Money(cents: 90_000), period: .weekly,
                jurisdiction: state, withheld: Money(cents: 1_000))
            #expect(!r.findings.contains { $0.id == "garnishment.within_limit" }, "\(state)")
            #expect(r.findings.contains { $0.id == "garnishment.state_may_protect_more" }, "\(state)")
        }
    }

    @Test func stateCollectionLawsInTheFDCPAFinding() {
        let ny = DebtCollectorStatus.findings(for: .originalCreditor, jurisdiction: .NY)
        #expect(ny.map(\.id) == ["fdcpa.debt_collector.unlikely", "state_collection_law.covered"])
        #expect(ny[1].sentence.contains("General Business Law Article 29-H"))
        let wvLawyer = DebtCollectorStatus.findings(for: .collectionLawFirm, jurisdiction: .WV).map(\.id)
        #expect(wvLawyer == ["fdcpa.debt_collector.likely", "state_collection_law.attorney_excluded"])
        let co = DebtCollectorStatus.findings(for: .debtBuyer, jurisdiction: .CO).map(\.id)
        #expect(co.last == "state_collection_law.creditors_unconfirmed")
        // Washington's Collection Agency Act excludes a creditor collecting in its own name (RCW 19.16.100).
        let wa = DebtCollectorStatus.findings(for: .originalCreditor, jurisdiction: .WA).map(\.id)
        #expect(wa.last == "state_collection_law.not_creditors")
        // A lender is held to the conduct sections; the bond is a third-party collector's (§ 392.101).
        let spanish = DebtCollectorStatus.findings(for: .originalCreditor, jurisdiction: .TX, language: .spanish)
        #expect(spanish[1].sentence.contains("amenazas") && !spanish[1].sentence.contains("fianza"))
        let agency = DebtCollectorStatus.findings(for: .collectionAgency, jurisdiction: .TX, language: .spanish)
        #expect(agency[1].sentence.contains("fianza"))
    }
}
