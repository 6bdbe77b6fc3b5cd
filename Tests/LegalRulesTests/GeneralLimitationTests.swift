import CaseModel
import Testing
@testable import LegalRules

/// The general limitations period stated where a state has no special deficiency deadline.
@Suite struct GeneralLimitationTests {
    /// Expected years and the statute cited first, read in each state's limitations statute.
    static let expected: [Jurisdiction: (years: Int, cite: String, grade: Confidence)] = [
        .AK: (3, "AS 09.10.053", .statute), .DE: (6, "10 Del. C. § 8109", .secondary),
        .SD: (6, "SDCL § 15-2-13(1)", .secondary), .VT: (6, "12 V.S.A. § 511", .statute),
        .AL: (6, "Ala. Code § 6-2-34(4), (5)", .statute), .CO: (6, "C.R.S. § 13-80-103.5(1)(a)", .statute),
        .DC: (3, "D.C. Code § 12-301(a)(7)", .secondary), .HI: (6, "HRS § 657-1(1)", .statute),
        .IL: (10, "735 ILCS 5/13-206", .statute), .IN: (6, "IC 34-11-2-9(b)", .statute),
        .KS: (5, "K.S.A. 60-511(1)", .statute), .KY: (10, "KRS 413.160", .secondary),
        .MI: (6, "MCL § 600.5807(9)", .secondary), .MO: (10, "RSMo § 516.110(1)", .statute),
        .MT: (8, "MCA § 27-2-202(1)", .secondary), .VA: (5, "Va. Code § 8.01-246(2)", .secondary),
        .WA: (6, "RCW 4.16.040(1)", .statute), .WI: (6, "Wis. Stat. § 893.43(1)", .statute),
        .WV: (10, "W. Va. Code § 55-2-6", .statute), .WY: (10, "Wyo. Stat. § 1-3-105(a)(i)", .statute),
        .LA: (5, "La. Civ. Code art. 3498", .statute), .ND: (6, "N.D.C.C. § 28-01-16(1)", .secondary),
        .NH: (20, "RSA 508:6, 508:2", .secondary), .OR: (6, "ORS 12.080(1)", .statute),
        .RI: (10, "R.I. Gen. Laws § 9-1-13(a)", .secondary),
    ]

    @Test func catalogueMatchesTheExpectedValues() {
        #expect(Set(GeneralLimitation.all.map(\.jurisdiction)) == Set(Self.expected.keys))
        #expect(GeneralLimitation.all.count == Self.expected.count)
        for entry in GeneralLimitation.all {
            let want = Self.expected[entry.jurisdiction]
            #expect(entry.years == want?.years, "\(entry.jurisdiction)")
            #expect(entry.citations.first?.text == want?.cite, "\(entry.jurisdiction)")
            #expect(entry.confidence == want?.grade, "\(entry.jurisdiction)")
            #expect(CatalogueSpanish.has(entry.basis), "\(entry.jurisdiction): no Spanish for \(entry.basis)")
        }
    }

    /// A general period is the fallback only: a state with its own deficiency deadline has none.
    @Test func onlyWhereNoSpecialDeadline() {
        for entry in GeneralLimitation.all {
            #expect(StateDeficiencyRule.rule(for: entry.jurisdiction).deadlines.isEmpty, "\(entry.jurisdiction)")
        }
    }

    @Test func analysisStatesTheGeneralPeriodInsteadOfUnknown() throws {
        let a = try ClaimsAndFactsTests.analyze(ClaimsAndFactsTests.home("MO", loan: "refinance", sale: "nonjudicial"))
        let finding = try #require(a.findings.first { $0.id == "deadline.general_limitation" })
        #expect(
            finding.sentence.contains(
                "the general limitations period of 10 years for an action on a promissory note or other written contract to pay money applies"))
        #expect(finding.citations.map(\.text) == ["RSMo § 516.110(1)"])
        #expect(finding.confidence == .statute)
        #expect(!a.findings.contains { $0.id == "deadline.not_confirmed" })
    }

    @Test func spanishSentenceTranslatesTheBasis() throws {
        let a = try ClaimsAndFactsTests.analyze(ClaimsAndFactsTests.home("KS", loan: "refinance", sale: "judicial"), .spanish)
        let finding = try #require(a.findings.first { $0.id == "deadline.general_limitation" })
        #expect(finding.sentence.contains("plazo general de prescripción de 5 años para una acción sobre un contrato escrito"))
    }

    @Test func stateWithoutAnEntryStaysUnknown() throws {
        let a = try ClaimsAndFactsTests.analyze(ClaimsAndFactsTests.home("NE", loan: "refinance", sale: "judicial"))
        #expect(a.findings.contains { $0.id == "deadline.not_confirmed" })
    }

    /// Louisiana's five-year prescription on notes is stated where its appraisal rule leaves a deficiency possible.
    @Test func louisianaStatesFiveYearsOnTheNote() throws {
        let a = try ClaimsAndFactsTests.analyze(ClaimsAndFactsTests.home("LA", loan: "refinance", sale: "judicial"))
        let finding = try #require(a.findings.first { $0.id == "deadline.general_limitation" })
        #expect(finding.sentence.contains("5 years for an action on an instrument or promissory note"))
        #expect(finding.citations.map(\.text) == ["La. Civ. Code art. 3498"])
    }

    @Test func northCarolinaOneYearAfterTheSale() throws {
        let a = try ClaimsAndFactsTests.analyze(ClaimsAndFactsTests.home("NC", loan: "refinance", sale: "nonjudicial"))
        #expect(a.deadlines.contains { $0.date == day("2027-03-02") })
        #expect(!a.findings.contains { $0.id == "deadline.general_limitation" })
    }
}
