import CaseModel
import Foundation
import Testing
@testable import LegalRules

/// New York's income-execution limits (CPLR 5231(b) with the state minimum wage of Labor Law
/// § 652) and motion procedure, and Texas's wage bar and Article 9 numbering, as the analysis
/// states them (issue 13, attorney review).
@Suite struct NewYorkTexasRulesTests {
    static let asOf = CaseAnalyzerTests.asOf

    static func newYorkCase(period: String, gross: String, disposable: String, withheld: String) throws -> CaseModel.Case {
        var theCase = try CaseAnalyzerTests.sample("ny-judicial-wage-garnishment.yaml")
        var g = theCase.actions.garnishments[0]
        g.payPeriod = PayPeriod(rawValue: period)!
        g.grossEarnings = Money(parsing: gross)!
        g.disposableEarnings = Money(parsing: disposable)!
        g.amountWithheld = Money(parsing: withheld)!
        g.workCounty = nil
        theCase.actions.garnishments = [g]
        return theCase
    }

    @Test func newYorkMinimumWageIsRegional() {
        // Labor Law § 652(1-a): $17.00 downstate and $16.00 elsewhere in 2026; none listed for 2027.
        let rates = StateMinimumWage.rates(in: .NY, on: day("2026-11-27"))
        #expect(rates.map(\.hourly) == [Money(cents: 1600), Money(cents: 1700)])
        #expect(StateMinimumWage.rates(in: .NY, on: day("2025-03-01")).map(\.hourly) == [Money(cents: 1550), Money(cents: 1650)])
        #expect(StateMinimumWage.rates(in: .NY, on: day("2027-01-01")).isEmpty)
        #expect(StateMinimumWage.rates(in: .OH, on: day("2026-11-27")).isEmpty)
    }

    @Test func theSampleIsHeldToTenPercentOfGrossWhateverTheRegion() throws {
        // Biweekly gross $2,480.00: 10% = $248.00; 25% of $1,896.30 = $474.07; the excess over
        // 60 × $16.00 = $960.00 is $936.30 (over 60 × $17.00 = $1,020.00, $876.30): $248.00 either way.
        var theCase = try CaseAnalyzerTests.sample("ny-judicial-wage-garnishment.yaml")
        theCase.actions.garnishments[0].workCounty = nil
        let a = CaseAnalyzer.analyze(theCase, asOf: Self.asOf)
        let g = try #require(a.garnishments.first)
        #expect(g.stateLimit == Money(cents: 24_800) && g.stateLimitIsUpperBound == false)
        let wage = try #require(a.findings.first { $0.id == "garnishment.state_minimum_wage" })
        #expect(wage.sentence.contains("$16.00") && wage.sentence.contains("$17.00"))
        #expect(wage.sentence.contains("the higher one gives the same limit"))
        #expect(wage.citations.map(\.text).contains("N.Y. Labor Law § 652(1-a)"))
        #expect(!a.findings.contains { $0.id == "garnishment.state_may_protect_more" })
    }

    @Test func belowThirtyTimesTheStateMinimumWageNothingMayBeWithheld() throws {
        // Weekly disposable $470.00 is below 30 × $16.00 = $480.00, though far above the federal
        // 30 × $7.25 = $217.50: CPLR 5231(b)(i) lets nothing be withheld, so all $47.00 is too much.
        let a = CaseAnalyzer.analyze(try Self.newYorkCase(period: "weekly", gross: "600.00", disposable: "470.00", withheld: "47.00"), asOf: Self.asOf)
        let g = try #require(a.garnishments.first)
        #expect(g.stateLimit == .zero && g.maxGarnishable == .zero)
        #expect(g.overWithheld == Money(cents: 4700))
    }

    @Test func whereTheRegionDecidesTheLimitIsAnUpperBound() throws {
        // Weekly disposable $520.00: 10% of $600.00 gross = $60.00; 25% = $130.00; the excess over
        // $480.00 (30 × $16.00) is $40.00, over $510.00 (30 × $17.00) only $10.00.
        let a = CaseAnalyzer.analyze(try Self.newYorkCase(period: "weekly", gross: "600.00", disposable: "520.00", withheld: "40.00"), asOf: Self.asOf)
        let g = try #require(a.garnishments.first)
        #expect(g.stateLimit == Money(cents: 4000) && g.stateLimitIsUpperBound == true)
        let limit = try #require(a.findings.first { $0.id == "garnishment.state_limit" })
        #expect(limit.sentence.contains("higher regional wage of $17.00"))
        #expect(a.findings.contains { $0.id == "garnishment.state_may_protect_more" })
        #expect(!a.findings.contains { $0.id == "garnishment.within_limit" })
    }

    @Test(arguments: [
        ("Kings County", 1000, false, "works in Kings County"), ("Brooklyn", 1000, false, "New York City, Nassau"),
        ("westchester", 1000, false, "$17.00"), ("Albany", 4000, false, "works in Albany"),
        ("St. Lawrence County", 4000, false, "the rest of New York State"),
        ("Atlantis", 4000, true, "(Atlantis) is not a county this table knows"),
    ])
    func whereTheDebtorWorksPicksTheRegionalWage(county: String, limitCents: Int, upperBound: Bool, says: String) throws {
        // As above: $40.00 over 30 × $16.00, $10.00 over 30 × $17.00; a place not listed keeps the lower wage.
        var theCase = try Self.newYorkCase(period: "weekly", gross: "600.00", disposable: "520.00", withheld: "40.00")
        theCase.actions.garnishments[0].workCounty = county
        let a = CaseAnalyzer.analyze(theCase, asOf: Self.asOf)
        let g = try #require(a.garnishments.first)
        #expect(g.stateLimit == Money(cents: limitCents) && g.stateLimitIsUpperBound == upperBound)
        let wage = try #require(a.findings.first { $0.id == "garnishment.state_minimum_wage" })
        #expect(wage.sentence.contains(says), "\(wage.sentence)")
        #expect(a.findings.contains { $0.id == "garnishment.state_may_protect_more" } == upperBound)
    }

    @Test func theSampleSaysWhereTheDebtorWorks() throws {
        let theCase = try CaseAnalyzerTests.sample("ny-judicial-wage-garnishment.yaml")
        #expect(theCase.actions.garnishments[0].workCounty == "Albany")
        let a = CaseAnalyzer.analyze(theCase, asOf: Self.asOf)
        let wage = try #require(a.findings.first { $0.id == "garnishment.state_minimum_wage" })
        #expect(wage.sentence.contains("$16.00 an hour in the rest of New York State") && !wage.sentence.contains("$17.00"))
    }

    @Test func newYorkWagesAreDefendedByMotion() throws {
        let rule = ExemptionProcedureRule.rule(for: .NY)
        let motion = try #require(rule.wageMotion)
        #expect(motion.citations.map(\.text).prefix(2) == ["N.Y. CPLR 5240", "N.Y. CPLR 5231"])
        let a = try CaseAnalyzerTests.analysis("ny-judicial-wage-garnishment.yaml")
        let claim = try #require(a.exemptionClaims.first { $0.action == .wageGarnishment })
        #expect(claim.claimProcedure.wageMotion?.hasPrefix("Order to show cause") == true)
        #expect(claim.claimProcedure.wageMotionCitation?.contains("N.Y. CPLR 5240") == true)
        #expect(claim.procedure?.contains("order to show cause") == true)
        #expect(!a.findings.contains { $0.id == "exemption_claim.unknown" })
        // Only wages: a bank restraint keeps the Exemption Claim Form.
        #expect(CaseAnalysis.ClaimProcedure(.NY, action: .bankLevy).wageMotion == nil)
        #expect(CaseAnalysis.ClaimProcedure(.CA, action: .wageGarnishment).wageMotion == nil)
    }

    @Test func newYorkBankClaimCitesTheEarningsExemption() {
        #expect(BankAccountExemptionRule.rule(for: .NY).citations.map(\.text).contains("N.Y. CPLR 5205(d)(2)"))
    }

    // MARK: - Texas

    @Test func aThreatToTakeTexasWagesRestsOnTheConstitution() throws {
        let a = try CaseAnalyzerTests.analysis("tx-vehicle-repossession.yaml")
        let threat = try #require(a.claims.first { $0.id.hasPrefix("claim.fdcpa.threat") })
        #expect(threat.citations.map(\.text).prefix(2) == ["15 U.S.C. § 1692e(5)", "Tex. Const. art. XVI § 28"])
        #expect(threat.sentence.contains("even after a judgment"))
        // Even after a judgment the threat stays a claim in Texas.
        var judged = try CaseAnalyzerTests.sample("tx-vehicle-repossession.yaml")
        judged.judgment = Judgment(court: "County Court at Law", caseNumber: "1", date: day("2026-01-05"), amount: Money(cents: 100))
        #expect(CaseAnalyzer.analyze(judged, asOf: Self.asOf).claims.contains { $0.id.hasPrefix("claim.fdcpa.threat.") })
    }

    @Test func texasArticleNineIsCitedByItsOwnNumbers() throws {
        let a = try CaseAnalyzerTests.analysis("tx-vehicle-repossession.yaml")
        let texts = (a.claims + a.findings).flatMap(\.citations).map(\.text) + [a.deficiency?.citation ?? ""]
        #expect(texts.contains("Tex. Bus. & Com. Code § 9.611(b), (c)"))
        #expect(texts.contains("Tex. Bus. & Com. Code § 9.625(c)(2)"))
        #expect(texts.contains { $0.contains("Tex. Bus. & Com. Code § 9.615(d), (f)") })
        #expect(!texts.contains { $0.contains("UCC §") })
        #expect(!(a.claims + a.findings).contains { $0.sentence.contains("UCC 9-6") || $0.sentence.contains("UCC § 9-6") })
        // Elsewhere the uniform number stays, with the state named.
        var ohio = try CaseAnalyzerTests.sample("tx-vehicle-repossession.yaml")
        ohio.debt?.propertyState = .OH
        ohio.debtor.address.state = .OH
        let o = CaseAnalyzer.analyze(ohio, asOf: Self.asOf)
        #expect(o.claims.flatMap(\.citations).map(\.text).contains("UCC § 9-611(b), (c) as enacted in Ohio"))
    }

    @Test func claimsAreWrittenInTheThirdPerson() throws {
        for file in ["tx-vehicle-repossession.yaml", "ca-nonjudicial-bank-levy.yaml", "ny-judicial-wage-garnishment.yaml"] {
            for language in [AnalysisLanguage.english, .spanish] {
                let a = CaseAnalyzer.analyze(try CaseAnalyzerTests.sample(file), asOf: Self.asOf, language: language)
                for claim in a.claims {
                    let pattern = language == .english ? #"\b(you|your|I|my)\b"# : #"\b(usted|su|sus|le|guarde)\b"#
                    #expect(claim.sentence.range(of: pattern, options: .regularExpression) == nil, "\(file): \(claim.sentence)")
                }
            }
        }
    }
}
