import CaseModel
import Testing
@testable import LegalRules

/// `CaseAnalyzer.deficiencyFigures` (the amounts alone, for a letter that prints nothing else of the
/// analysis) against the full analysis' deficiency, over every jurisdiction and the facts its rules
/// turn on: the two must never differ.
@Suite struct DeficiencyFiguresTests {
    static let samples = [
        "ca-nonjudicial-bank-levy.yaml", "ny-judicial-wage-garnishment.yaml",
        "tx-vehicle-repossession.yaml", "demo.yaml",
    ]

    /// Each sample's sale and debt, moved to every property state, under every loan type and
    /// owner-occupancy, and with each sale type.
    @Test(arguments: samples)
    func figuresEqualTheFullAnalysisInEveryJurisdiction(sample: String) throws {
        let base = try CaseAnalyzerTests.sample(sample)
        for state in [nil] + Jurisdiction.allCases {
            for loanType in [nil] + LoanType.allCases {
                for ownerOccupied in [nil, true, false] {
                    var theCase = base
                    theCase.debt?.propertyState = state
                    theCase.debt?.propertyAddress = nil
                    theCase.debt?.loanType = loanType
                    theCase.debt?.ownerOccupied = ownerOccupied
                    for saleType in SaleType.allCases {
                        theCase.sale?.type = saleType
                        try expectSameFigures(
                            theCase, "\(sample) \(state?.code ?? "-") \(loanType?.rawValue ?? "-") \(ownerOccupied.map(String.init) ?? "-") \(saleType)",
                            inSpanishToo: false)
                    }
                }
            }
        }
    }

    /// The amounts the comparisons turn on: no itemisation, no amounts, a fair market value above
    /// the price, a price above the debt, a balance claimed equal to the total, a judgment before
    /// and after the sale, and no sale at all.
    @Test(arguments: samples)
    func figuresEqualTheFullAnalysisForEveryShapeOfAmounts(sample: String) throws {
        let base = try CaseAnalyzerTests.sample(sample)
        var variants: [(String, Case)] = [("as is", base)]
        func variant(_ name: String, _ change: (inout Case) -> Void) {
            var theCase = base
            change(&theCase)
            variants.append((name, theCase))
        }
        variant("balance only") {
            $0.debt?.principal = nil; $0.debt?.interest = nil
        }
        variant("no amounts") {
            $0.debt?.principal = nil; $0.debt?.interest = nil; $0.debt?.balanceClaimed = nil
        }
        variant("no debt") { $0.debt = nil }
        variant("no sale") { $0.sale = nil }
        variant("value above price") { theCase in
            let price = theCase.sale?.price ?? .zero
            theCase.sale?.fairMarketValue = price + cents(5_000_000)
        }
        variant("no value") { $0.sale?.fairMarketValue = nil }
        variant("price above debt") { $0.sale?.price = cents(100_000_000) }
        variant("claimed equals principal") { theCase in
            let principal = theCase.debt?.principal
            theCase.debt?.balanceClaimed = principal
            theCase.debt?.interest = nil
            theCase.sale?.costs = []
        }
        variant("judgment after sale") {
            $0.judgment = Judgment(court: "C", caseNumber: "1", date: day("2026-10-01"), amount: cents(1_234_56))
            $0.sale?.date = day("2026-09-01")
        }
        variant("judgment before sale") {
            $0.judgment = Judgment(court: "C", caseNumber: "1", date: day("2026-08-01"), amount: cents(1_234_56))
            $0.sale?.date = day("2026-09-01")
        }
        for (name, theCase) in variants {
            for state in [Jurisdiction.CA, .NY, .TX, .FL, .AZ] {
                var moved = theCase
                moved.debt?.propertyState = state
                try expectSameFigures(moved, "\(sample) \(name) \(state.code)")
            }
        }
    }

    /// The figures equal the full analysis' (and the Spanish analysis has the same amounts).
    private func expectSameFigures(_ theCase: Case, _ label: String, inSpanishToo: Bool = true) throws {
        let full = CaseAnalyzer.analyze(theCase, asOf: CaseAnalyzerTests.asOf).deficiency?.figures
        #expect(CaseAnalyzer.deficiencyFigures(theCase) == full, "\(label)")
        guard inSpanishToo else { return }
        let spanish = CaseAnalyzer.analyze(theCase, asOf: CaseAnalyzerTests.asOf, language: .spanish).deficiency?.figures
        #expect(spanish == full, "\(label) (es)")
    }
}

/// Each section computed alone (`CaseAnalyzer.fdcpa(of:…)` and the rest) against the same field of
/// the full analysis.
@Suite struct AnalysisSectionsTests {
    @Test(arguments: DeficiencyFiguresTests.samples)
    func eachSectionAloneEqualsTheFullAnalysis(sample: String) throws {
        let sampleCase = try CaseAnalyzerTests.sample(sample)
        let asOf = CaseAnalyzerTests.asOf
        // The sections follow the debtor's home state: every jurisdiction, in both languages.
        for state in Jurisdiction.allCases {
            var theCase = sampleCase
            theCase.debtor.address.state = state
            for language in [AnalysisLanguage.english, .spanish] {
                let full = CaseAnalyzer.analyze(theCase, asOf: asOf, language: language)
                #expect(CaseAnalyzer.fdcpa(of: theCase, asOf: asOf, language: language) == full.fdcpa, "\(sample) \(state.code)")
                #expect(CaseAnalyzer.garnishments(of: theCase, asOf: asOf, language: language) == full.garnishments, "\(sample) \(state.code)")
                let levies = CaseAnalyzer.levies(of: theCase, asOf: asOf, language: language)
                #expect(levies == full.levies, "\(sample) \(state.code)")
                #expect(
                    CaseAnalyzer.exemptionClaims(of: theCase, asOf: asOf, language: language) == full.exemptionClaims,
                    "\(sample) \(state.code)")
                #expect(CaseAnalyzer.timeline(of: theCase, language: language) == full.timeline, "\(sample) \(state.code)")
                #expect(
                    CaseAnalyzer.protection(of: theCase, levies: levies, language: language) == full.protection,
                    "\(sample) \(state.code)")
            }
        }
    }
}
