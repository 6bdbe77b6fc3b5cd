import CaseModel
import Testing
@testable import LegalRules

/// The exemption-claim procedures researched for the states left unknown (docs/legal-rules.md,
/// "Claim procedures researched for the 21 states left unknown"): each holds what was read, and
/// nothing where nothing was found.
@Suite struct ExemptionProcedureCatalogueTests {
    enum HearingKind: Sendable { case request, creditorObjects, onFiling, unknown }

    struct Expected: Sendable, CustomTestStringConvertible {
        let state: Jurisdiction, officer: String, garnishee: String, hearing: HearingKind
        let grade: Confidence, firstCitation: String, hasFilingPlace: Bool
        var testDescription: String { "\(state)" }
    }

    static let expected: [Expected] = [
        Expected(
            state: .AK, officer: "officer serving the levy", garnishee: "garnishee", hearing: .onFiling, grade: .statute,
            firstCitation: "AS 09.38.075", hasFilingPlace: true),
        Expected(
            state: .AL, officer: "sheriff", garnishee: "garnishee", hearing: .creditorObjects, grade: .statute,
            firstCitation: "Ala. Code § 6-10-37", hasFilingPlace: true),
        Expected(
            state: .AR, officer: "officer serving the levy", garnishee: "garnishee", hearing: .creditorObjects, grade: .statute,
            firstCitation: "Ark. Code § 16-66-211", hasFilingPlace: true),
        Expected(
            state: .DC, officer: "officer serving the levy", garnishee: "garnishee", hearing: .request, grade: .secondary,
            firstCitation: "D.C. Superior Court, Notice to Debtor of Non-Wage Garnishment and Exemptions (copy)", hasFilingPlace: true),
        Expected(
            state: .HI, officer: "officer serving the levy", garnishee: "garnishee", hearing: .request, grade: .statute,
            firstCitation: "HRS § 651-64", hasFilingPlace: true),
        Expected(
            state: .IA, officer: "sheriff", garnishee: "garnishee", hearing: .request, grade: .statute,
            firstCitation: "Iowa Code § 642.14A", hasFilingPlace: true),
        Expected(
            state: .IN, officer: "officer serving the levy", garnishee: "garnishee", hearing: .onFiling, grade: .statute,
            firstCitation: "IC 34-55-8-7", hasFilingPlace: true),
        Expected(
            state: .LA, officer: "sheriff", garnishee: "garnishee", hearing: .unknown, grade: .unknown,
            firstCitation: "La. C.C.P. arts. 2411, 2412", hasFilingPlace: false),
        Expected(
            state: .ME, officer: "officer serving the trustee process", garnishee: "trustee", hearing: .unknown, grade: .unknown,
            firstCitation: "14 M.R.S. § 3125", hasFilingPlace: false),
        Expected(
            state: .MS, officer: "sheriff", garnishee: "garnishee", hearing: .request, grade: .statute,
            firstCitation: "Miss. Code § 11-35-33", hasFilingPlace: true),
        Expected(
            state: .NH, officer: "sheriff", garnishee: "trustee", hearing: .unknown, grade: .unknown,
            firstCitation: "RSA 512:3", hasFilingPlace: false),
        Expected(
            state: .OH, officer: "officer serving the levy", garnishee: "garnishee", hearing: .request, grade: .secondary,
            firstCitation: "R.C. 2716.11 et seq.", hasFilingPlace: true),
        Expected(
            state: .OK, officer: "officer serving the levy", garnishee: "garnishee", hearing: .request, grade: .secondary,
            firstCitation: "12 O.S. § 1173.4(D)", hasFilingPlace: true),
        Expected(
            state: .OR, officer: "garnishor", garnishee: "garnishee", hearing: .onFiling, grade: .statute,
            firstCitation: "ORS 18.700", hasFilingPlace: true),
        Expected(
            state: .RI, officer: "sheriff or constable", garnishee: "trustee", hearing: .unknown, grade: .unknown,
            firstCitation: "R.I. Dist. Ct. R. Civ. P. 69", hasFilingPlace: false),
        Expected(
            state: .SC, officer: "sheriff", garnishee: "garnishee", hearing: .unknown, grade: .unknown,
            firstCitation: "S.C. Bench Book for Summary Court Judges, Enforcement of Civil Judgments", hasFilingPlace: false),
        Expected(
            state: .SD, officer: "officer making the levy", garnishee: "garnishee", hearing: .creditorObjects, grade: .secondary,
            firstCitation: "SDCL ch. 21-19", hasFilingPlace: false),
        Expected(
            state: .VT, officer: "officer serving the trustee process", garnishee: "trustee", hearing: .unknown, grade: .statute,
            firstCitation: "12 V.S.A. § 3168", hasFilingPlace: true),
        Expected(
            state: .WA, officer: "officer serving the levy", garnishee: "garnishee", hearing: .creditorObjects, grade: .secondary,
            firstCitation: "RCW 6.27.160", hasFilingPlace: true),
        Expected(
            state: .WV, officer: "officer holding the execution", garnishee: "suggestee", hearing: .unknown, grade: .statute,
            firstCitation: "W. Va. Code § 38-8-3", hasFilingPlace: true),
    ]

    static func kind(_ hearing: Hearing) -> HearingKind {
        switch hearing {
        case .debtorMustRequest: return .request
        case .ifCreditorObjects: return .creditorObjects
        case .setOnFiling: return .onFiling
        case .unknown: return .unknown
        }
    }

    @Test(arguments: expected)
    func entryHoldsWhatWasRead(_ want: Expected) {
        let rule = ExemptionProcedureRule.rule(for: want.state)
        #expect(rule.officers.enforcingOfficer == want.officer)
        #expect(rule.officers.garnishee == want.garnishee)
        #expect(Self.kind(rule.hearing) == want.hearing)
        #expect(rule.confidence == want.grade)
        #expect(rule.citations.first?.text == want.firstCitation)
        #expect((rule.filingPlace != nil) == want.hasFilingPlace)
    }

    /// A procedure graded unknown prints no filing place or deadline of its own: the claim falls back
    /// to neutral words and asks for a hearing.
    @Test(arguments: Jurisdiction.allCases)
    func unknownProceduresInventNothing(_ state: Jurisdiction) {
        let rule = ExemptionProcedureRule.rule(for: state)
        guard rule.confidence == .unknown else { return }
        #expect(rule.filingPlace == nil && rule.deadline == nil && rule.forms.isEmpty)
        #expect(rule.hearing.claimShouldRequestHearing)
    }

    /// Oregon's claim goes to the court administrator with a copy to the garnishor, in its own form.
    @Test func oregonClaimUsesTheStatesWords() {
        let procedure = CaseAnalysis.ClaimProcedure(.OR, action: .bankLevy)
        #expect(procedure.enforcingOfficer == "garnishor" && procedure.clerk == "court administrator" && procedure.wordsConfirmed)
        #expect(procedure.filingPlace?.contains("court administrator") == true)
        #expect(procedure.officialForms.first == "Challenge to Garnishment (ORS 18.850)")
        #expect(!procedure.requestHearing)
    }

    /// States whose claim must be sworn print a notary jurat, citing the statute that says so.
    @Test(arguments: [Jurisdiction.AL, .AR, .WV])
    func swornClaimsNeedANotary(_ state: Jurisdiction) {
        let verification = ExemptionProcedureRule.rule(for: state).verification
        #expect(verification.needsNotary && verification.citation != nil)
    }

    /// Oregon's 30 days run from the day the writ's copy reached the debtor (ORS 18.700(2)(b)):
    /// papers handed over on 2026-09-30 give 2026-10-30.
    @Test func oregonLevyClaimHasThirtyDays() throws {
        var theCase = try CaseAnalyzerTests.sample("ca-nonjudicial-bank-levy.yaml")
        theCase.debtor.address.state = .OR
        theCase.actions.levies[0].noticeService = .personal
        let levy = try #require(CaseAnalyzer.analyze(theCase, asOf: CaseAnalyzerTests.asOf).levies.first)
        #expect(levy.claimDeadline == day("2026-10-30"))
        let rule = try #require(ExemptionClaimRule.rules(for: .OR, action: .wageGarnishment).first?.deadline)
        #expect(rule.amount == 120 && rule.citations.first?.text == "ORS 18.700(2)(a)")
    }
}
