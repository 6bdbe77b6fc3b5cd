import CaseModel
import Testing
@testable import LegalRules

/// The CCPA pieces behind each garnishment's federal limit, computed by hand per pay period.
@Suite struct GarnishmentPiecesTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let period: PayPeriod, disposable: Int, multiple: Int, quarter: Int, excess: Int
        let rule: FederalWageGarnishmentLimit.LimitingRule, limit: Int
        var testDescription: String { "\(period.rawValue) \(disposable)" }
    }

    static let rows: [Row] = [
        // $300.00 weekly: 25% = 75.00; 300.00 − 217.50 = 82.50 → 25% limits.
        Row(period: .weekly, disposable: 30_000, multiple: 30, quarter: 7_500, excess: 8_250, rule: .percentage, limit: 7_500),
        // $250.01 weekly: 25% = 62.5025 → 62.50 (rounded down); 250.01 − 217.50 = 32.51 → the floor limits.
        Row(period: .weekly, disposable: 25_001, multiple: 30, quarter: 6_250, excess: 3_251, rule: .floor, limit: 3_251),
        // $290.00 weekly: 72.50 both ways; a tie is reported as the percentage.
        Row(period: .weekly, disposable: 29_000, multiple: 30, quarter: 7_250, excess: 7_250, rule: .percentage, limit: 7_250),
        // $1,896.30 biweekly (the New York sample): 25% = 474.075 → 474.07; 1,896.30 − 435.00 = 1,461.30.
        Row(period: .biweekly, disposable: 189_630, multiple: 60, quarter: 47_407, excess: 146_130, rule: .percentage, limit: 47_407),
        // $600.00 semimonthly: 25% = 150.00; 600.00 − 471.25 = 128.75 → the floor limits.
        Row(period: .semimonthly, disposable: 60_000, multiple: 65, quarter: 15_000, excess: 12_875, rule: .floor, limit: 12_875),
        // $2,000.00 semimonthly: 25% = 500.00; 2,000.00 − 471.25 = 1,528.75.
        Row(period: .semimonthly, disposable: 200_000, multiple: 65, quarter: 50_000, excess: 152_875, rule: .percentage, limit: 50_000),
        // $1,000.03 monthly: 25% = 250.0075 → 250.00; 1,000.03 − 942.50 = 57.53 → the floor limits.
        Row(period: .monthly, disposable: 100_003, multiple: 130, quarter: 25_000, excess: 5_753, rule: .floor, limit: 5_753),
        // $900.00 monthly: below the 942.50 floor, so the excess is 0 (not −42.50) and nothing may be taken.
        Row(period: .monthly, disposable: 90_000, multiple: 130, quarter: 22_500, excess: 0, rule: .floor, limit: 0),
    ]

    @Test(arguments: rows)
    func pieces(_ row: Row) {
        let d = Money(cents: row.disposable)
        #expect(FederalWageGarnishmentLimit.multiple(for: row.period) == row.multiple)
        #expect(FederalWageGarnishmentLimit.twentyFivePercent(of: d) == Money(cents: row.quarter))
        #expect(FederalWageGarnishmentLimit.excessOverFloor(disposable: d, period: row.period) == Money(cents: row.excess))
        #expect(FederalWageGarnishmentLimit.limitingRule(disposable: d, period: row.period) == row.rule)
        #expect(FederalWageGarnishmentLimit.maximumGarnishable(disposable: d, period: row.period) == Money(cents: row.limit))
    }

    @Test func sampleSectionCarriesThePieces() throws {
        let analysis = try CaseAnalyzerTests.analysis("ny-judicial-wage-garnishment.yaml")
        let g = try #require(analysis.garnishments.first)
        #expect(g.floorMultiple == 60)
        #expect(g.twentyFivePercent == Money(cents: 47_407))
        #expect(g.excessOverFloor == Money(cents: 146_130))
        #expect(g.limitingRule == .percentage)
        #expect(g.federalLimit == g.twentyFivePercent)
    }
}
