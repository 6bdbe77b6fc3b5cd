import CaseModel
import Testing
@testable import LegalRules

/// The timeline, protection list, levy claim deadline, deficiency comparisons, weekend deadlines and
/// labelled missing fields, on the bundled samples as of 2026-11-27 (values computed by hand in the comments).
@Suite struct AnalysisAdditionsTests {
    static func analysis(_ name: String, _ language: AnalysisLanguage = .english) throws -> CaseAnalysis {
        CaseAnalyzer.analyze(try CaseAnalyzerTests.sample(name), asOf: CaseAnalyzerTests.asOf, language: language)
    }

    // MARK: - Levies

    @Test func californiaLevyIsFullyProtectedAndTheClaimDeadlinePassed() throws {
        let a = try Self.analysis("ca-nonjudicial-bank-levy.yaml")
        let levy = try #require(a.levies.first)
        // Protected $2,914.63 == balance $2,914.63.
        #expect(levy.fullyProtected && levy.otherExemptDepositsMoot)
        #expect(levy.fullyProtectedSentence == "Under 31 C.F.R. Part 212 the bank should not have frozen any of this money.")
        let finding = try #require(a.findings.first { $0.id == "bank_levy.fully_protected" })
        #expect(finding.citations.map(\.text) == ["31 C.F.R. Part 212"] && finding.confidence == .statute)
        // Mailed 2026-09-30 + 20 days (CCP 703.520(a), mail) = 2026-10-20; 2026-10-20 → 2026-11-27 is 38 days.
        #expect(levy.claimDeadline == day("2026-10-20"))
        #expect(levy.claimDaysRemaining == -38)
        #expect(levy.claimDeadlinePassed == true)
        let sentence = try #require(levy.claimDeadlineSentence)
        #expect(sentence.contains("mailed to you (2026-09-30), not the day you read them: 20 days, so by 2026-10-20"))
        #expect(sentence.contains("It passed 38 days before 2026-11-27: the deadline may already have passed. Call your lawyer today."))
        #expect(a.findings.contains { $0.id == "exemption_claim.levy_deadline" && $0.citations.map(\.text) == ["Cal. Civ. Proc. Code § 703.520(a)"] })
        // The raw "other" source is named.
        #expect(levy.otherExemptDeposits.map(\.sourceLabel) == ["Social Security", "Other deposits"])
        let other = try #require(a.findings.first { $0.id == "bank_levy.possibly_exempt.other" })
        #expect(other.sentence.hasPrefix("Other deposits of $150.00 beyond the automatic protection"))
    }

    @Test(arguments: [(LevyNoticeService.personal, "2026-10-15", -43), (.mail, "2026-10-20", -38)])
    func claimDeadlineFollowsTheWayThePapersWereServed(_ service: LevyNoticeService, _ expected: String, _ days: Int) throws {
        var theCase = try CaseAnalyzerTests.sample("ca-nonjudicial-bank-levy.yaml")
        theCase.actions.levies[0].noticeService = service
        let levy = try #require(CaseAnalyzer.analyze(theCase, asOf: CaseAnalyzerTests.asOf).levies.first)
        #expect(levy.claimDeadline == day(expected) && levy.claimDaysRemaining == days)
    }

    @Test func claimDeadlineWithoutServiceSaysWhatIsMissing() throws {
        var theCase = try CaseAnalyzerTests.sample("ca-nonjudicial-bank-levy.yaml")
        theCase.actions.levies[0].noticeServedOn = nil
        theCase.actions.levies[0].noticeService = nil
        let a = CaseAnalyzer.analyze(theCase, asOf: CaseAnalyzerTests.asOf)
        #expect(a.levies[0].claimDeadline == nil && a.levies[0].claimDeadlinePassed == nil)
        #expect(a.missing.map(\.path) == ["actions.levies[0].notice_served_on", "actions.levies[0].notice_service"])
        #expect(
            a.missing.map(\.label) == [
                "Date the levy papers were handed or mailed to the debtor",
                "Whether the levy papers were handed or mailed to the debtor",
            ])
    }

    // MARK: - Deficiency comparisons

    struct Comparison: Sendable, CustomTestStringConvertible {
        let file: String
        let saleSurplus: Int?, claimed: Int?, claimedAfterSale: Int?, judgment: Int?  // cents
        var testDescription: String { file }
    }

    static let comparisons: [Comparison] = [
        // 301,500 − 279,417.18 = 22,082.82; 391,450.17 − 279,417.18 = 112,032.99; the deficiency is barred
        // (CCP 580d), so nothing is owed to compare the claim or the judgment with.
        Comparison(file: "ca-nonjudicial-bank-levy.yaml", saleSurplus: 2_208_282, claimed: 11_203_299, claimedAfterSale: nil, judgment: nil),
        // 228,731.40 − 235,667.50 = −6,936.10; 46,667.50 − 41,685.95 = 4,981.55. The balance claimed is the
        // pre-sale balance (a deficiency judgment followed the sale), so it is not set beside the deficiency.
        Comparison(file: "ny-judicial-wage-garnishment.yaml", saleSurplus: nil, claimed: -693_610, claimedAfterSale: nil, judgment: 498_155),
        // 9,214.67 − 9,454.67 = −240.00; 9,214.67 − 3,354.67 = 5,860.00; no judgment.
        Comparison(file: "tx-vehicle-repossession.yaml", saleSurplus: nil, claimed: -24_000, claimedAfterSale: 586_000, judgment: nil),
    ]

    @Test(arguments: comparisons)
    func deficiencyComparisons(_ c: Comparison) throws {
        let d = try #require(try Self.analysis(c.file).deficiency)
        #expect(d.saleSurplus == c.saleSurplus.map(cents))
        #expect(d.claimedDifference == c.claimed.map(cents))
        #expect(d.claimedDifferenceAfterSale == c.claimedAfterSale.map(cents))
        #expect(d.judgmentDifference == c.judgment.map(cents))
        #expect((d.saleSurplusSentence != nil) == (c.saleSurplus != nil))
        #expect((d.judgmentDifferenceSentence != nil) == (c.judgment != nil))
    }

    @Test func comparisonSentences() throws {
        let ca = try #require(try Self.analysis("ca-nonjudicial-bank-levy.yaml").deficiency)
        #expect(
            ca.saleSurplusSentence
                == "The sale price alone ($301,500.00) exceeds the total owed computed here ($279,417.18) by $22,082.82: there may be surplus funds; ask the trustee."
        )
        #expect(
            ca.claimedDifferenceSentence?.hasPrefix(
                "The balance claimed ($391,450.17) is $112,032.99 more than the total owed computed from the itemised figures ($279,417.18).") == true)
        let ny = try #require(try Self.analysis("ny-judicial-wage-garnishment.yaml").deficiency)
        #expect(ny.claimedDifferenceSentence?.contains("After the sale credit") == false)
        #expect(ny.claimedDifferenceSentence?.contains("$182,063.90") == false)
        #expect(ny.judgmentDifferenceSentence?.hasPrefix("The judgment ($41,685.95) is $4,981.55 below the computed ceiling of $46,667.50.") == true)
        let es = try #require(try Self.analysis("ny-judicial-wage-garnishment.yaml", .spanish).deficiency)
        #expect(es.judgmentDifferenceSentence?.hasPrefix("La sentencia ($41,685.95) es $4,981.55 menor que el límite calculado de $46,667.50.") == true)
    }

    // MARK: - Deadlines

    @Test func newYorkDeadlineFellOnASunday() throws {
        let a = try Self.analysis("ny-judicial-wage-garnishment.yaml")
        let deadline = try #require(a.deadlines.first { $0.id == "deadline.lender.deed_delivery" })
        // Deed 2025-06-09 + 90 days = 2025-09-07, a Sunday; 446 days before 2026-11-27.
        #expect(deadline.date == day("2025-09-07"))
        #expect(deadline.weekend == true)
        #expect(deadline.daysAgo == 446 && deadline.daysRemaining == -446 && deadline.passed == true)
        #expect(deadline.sentence.contains("2025-09-07 is a Sunday; whether the deadline moves to the next business day is not confirmed"))
    }

    @Test(arguments: [("2026-11-28", true), ("2026-11-29", true), ("2026-11-30", false), ("2026-11-27", false)])
    func weekendDates(_ date: String, _ weekend: Bool) {
        #expect(day(date).isWeekend == weekend)
    }

    // MARK: - Protection

    struct Protected: Sendable, CustomTestStringConvertible {
        let file: String, label: String
        let status: CaseAnalysis.Protection.Status, confidence: Confidence
        let sentence: String
        var testDescription: String { "\(file): \(label)" }
    }

    static let protections: [Protected] = [
        Protected(
            file: "tx-vehicle-repossession.yaml", label: "Wages (Alamo Regional Medical Center)", status: .exempt, confidence: .secondary,
            sentence: "Texas law: Current wages are exempt except for child support"),
        Protected(
            file: "tx-vehicle-repossession.yaml", label: "Employer 403(b) plan", status: .unknown, confidence: .unknown,
            sentence: "A 403(b) plan is an ERISA plan only when a private employer sponsors it"),
        Protected(
            file: "tx-vehicle-repossession.yaml", label: "Checking at Randolph Community Credit Union", status: .unknown, confidence: .unknown,
            sentence: "Depends on the source of the money; state law (not computed)."),
        Protected(
            file: "ny-judicial-wage-garnishment.yaml", label: "New York State and Local Retirement System pension", status: .exempt, confidence: .secondary,
            sentence: "Governmental plan (not ERISA); pensions are listed as exempt on the New York Exemption Notice (CPLR 5222-a); state statute to verify."),
        Protected(
            file: "ny-judicial-wage-garnishment.yaml", label: "Wages (Capital District Transit Authority)", status: .partly, confidence: .statute,
            sentence: "At least 75% of disposable pay is protected by federal law"),
        Protected(
            file: "ny-judicial-wage-garnishment.yaml", label: "2014 Ford Escape", status: .unknown, confidence: .unknown,
            sentence: "Vehicle exemption: not computed; confirm"),
        Protected(
            file: "ca-nonjudicial-bank-levy.yaml", label: "Social Security (Social Security Administration)", status: .exempt, confidence: .statute,
            sentence: "Social Security benefits are exempt from creditors' garnishment"),
        Protected(
            file: "ca-nonjudicial-bank-levy.yaml", label: "Checking at Valley Commerce Bank (frozen)", status: .exempt, confidence: .statute,
            sentence: "under 31 C.F.R. Part 212 the bank must leave $2,914.63, the whole $2,914.63 balance, available."),
    ]

    @Test(arguments: protections)
    func protection(_ p: Protected) throws {
        let a = try Self.analysis(p.file)
        let item = try #require(a.protection.first { $0.label == p.label }, "no entry \(p.label) in \(a.protection.map(\.label))")
        #expect(item.status == p.status)
        #expect(item.confidence == p.confidence)
        #expect(item.sentence.contains(p.sentence))
    }

    @Test func protectionCitesStatutesNotConsumerPages() throws {
        let a = try Self.analysis("ca-nonjudicial-bank-levy.yaml")
        let social = try #require(a.protection.first { $0.kind == "social_security" })
        #expect(social.citation == "42 U.S.C. § 407; 31 CFR § 212.2(b)")
        #expect(a.protection.map(\.category) == [.income, .asset, .asset])
        let ny = try Self.analysis("ny-judicial-wage-garnishment.yaml")
        #expect(!ny.protection.contains { $0.citation?.contains("1056") == true && $0.label.contains("State") })
    }

    // MARK: - Timeline and missing labels

    @Test func timelinesAreSortedByDate() throws {
        let ca = try Self.analysis("ca-nonjudicial-bank-levy.yaml")
        #expect(
            ca.timeline.map(\.kind) == [
                "loan_originated", "sale", "contact", "validation_notice_received", "contact",
                "judgment_entered", "levy_frozen", "contact", "levy_notice_served",
            ])
        #expect(ca.timeline.map(\.date) == ca.timeline.map(\.date).sorted())
        let notice = try #require(ca.timeline.last)
        #expect(notice.event == "Levy papers mailed to the debtor" && notice.who == "Valley Commerce Bank")
        let attorney = ca.timeline[7]
        #expect(attorney.event == "Letter" && attorney.who == "Harold P. Whitcomb (Whitcomb & Lenz, LLP)")
        #expect(attorney.detail == "Notice of levy forwarded by the bank.")
        let ny = try Self.analysis("ny-judicial-wage-garnishment.yaml")
        #expect(
            ny.timeline.map(\.kind) == [
                "loan_originated", "last_payment", "sale", "deed_delivered", "judgment_entered",
                "lien_recorded", "contact", "contact", "garnishment_first_withheld",
            ])
        #expect(ny.timeline[3].date == day("2025-06-09"))
        let es = try Self.analysis("ny-judicial-wage-garnishment.yaml", .spanish)
        #expect(es.timeline[3].event == "Entrega de la escritura al comprador")
        #expect(es.timeline.map(\.date) == ny.timeline.map(\.date))
    }

    @Test func missingFieldsCarryALabel() throws {
        let a = try Self.analysis("ny-judicial-wage-garnishment.yaml")
        #expect(a.missing == [CaseAnalysis.MissingField(path: "validation_notice_received", label: "Date the validation notice was received")])
        let es = try Self.analysis("ny-judicial-wage-garnishment.yaml", .spanish)
        #expect(es.missing.map(\.label) == ["Fecha en que se recibió la notificación de validación"])
    }

    @Test func garnishmentGradesTheFederalRuleAsStatute() throws {
        let g = try #require(try Self.analysis("ny-judicial-wage-garnishment.yaml").garnishments.first)
        #expect(g.confidence == .statute)  // 15 U.S.C. 1673(a) [C]
        #expect(g.floorConfidence == .secondary)  // the biweekly 60× row is derived
        #expect(g.stateConfidence == .secondary)  // CPLR 5231(b) [C], scaled to a biweekly pay
    }

    @Test func unknownRulesAreNotCitedAsNotes() throws {
        for file in ["ca-nonjudicial-bank-levy.yaml", "ny-judicial-wage-garnishment.yaml", "tx-vehicle-repossession.yaml"] {
            let a = try Self.analysis(file)
            #expect(!a.findings.flatMap(\.citations).contains { $0.text.contains("Redress legal notes") })
        }
    }
}
