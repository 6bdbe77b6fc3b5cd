import CaseModel
import Testing
@testable import LegalRules

@Suite struct DeficiencyDeadlineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let state: Jurisdiction, trigger: DeadlineRule.Trigger, party: DeadlineRule.Party, from: String, expected: String
        var testDescription: String { "\(state) \(trigger.rawValue) \(from) → \(expected)" }
    }

    // One row per deadline in the catalogue; the expected dates are worked by hand.
    static let cases: [Case] = [
        Case(state: .CA, trigger: .sale, party: .lender, from: "2025-11-30", expected: "2026-02-28"),  // 3 months; Feb has no 30th
        Case(state: .TX, trigger: .sale, party: .lender, from: "2024-02-29", expected: "2026-02-28"),  // 2 years from a leap day
        Case(state: .TX, trigger: .sale, party: .debtor, from: "2026-01-01", expected: "2026-04-01"),  // 90 days: 30+28+31+1
        Case(state: .FL, trigger: .certificateOfTitle, party: .lender, from: "2026-01-20", expected: "2027-01-20"),  // the day after the certificate + 1 year
        Case(state: .NY, trigger: .deedDelivery, party: .lender, from: "2026-03-01", expected: "2026-05-30"),  // 90 days: 30+30+30
        Case(state: .PA, trigger: .deedDelivery, party: .lender, from: "2025-08-31", expected: "2026-02-28"),  // 6 months, clamped
        Case(state: .OH, trigger: .confirmationOfSale, party: .enforcementEnds, from: "2026-01-31", expected: "2028-01-31"),
        Case(state: .GA, trigger: .sale, party: .lender, from: "2026-02-01", expected: "2026-03-03"),  // 30 days: 27 to Feb 28 + 3
        Case(state: .NJ, trigger: .sale, party: .lender, from: "2026-01-31", expected: "2026-04-30"),  // 3 months, clamped
        Case(state: .AZ, trigger: .sale, party: .lender, from: "2024-01-01", expected: "2024-03-31"),  // 90 days in a leap year: 30+29+31
        Case(state: .TN, trigger: .sale, party: .lender, from: "2026-03-15", expected: "2028-03-15"),
        Case(state: .MA, trigger: .sale, party: .lender, from: "2028-02-29", expected: "2030-02-28"),
        Case(state: .NV, trigger: .sale, party: .lender, from: "2026-03-31", expected: "2026-09-30"),  // 6 months, clamped
        Case(state: .AR, trigger: .sale, party: .lender, from: "2026-01-31", expected: "2027-01-31"),  // 12 months
        Case(state: .CT, trigger: .endOfRedemptionPeriod, party: .lender, from: "2026-12-15", expected: "2027-01-14"),
        Case(state: .ID, trigger: .sale, party: .lender, from: "2026-01-31", expected: "2026-04-30"),
        Case(state: .IA, trigger: .judgmentEntry, party: .enforcementEnds, from: "2026-06-30", expected: "2028-06-30"),
        Case(state: .ME, trigger: .reportOfSaleReceived, party: .debtor, from: "2026-05-10", expected: "2026-06-09"),
        Case(state: .MD, trigger: .auditorReportRatified, party: .lender, from: "2025-02-28", expected: "2028-02-28"),
        Case(state: .MN, trigger: .sale, party: .lender, from: "2026-04-01", expected: "2026-06-30"),  // 90 days: 29+31+30
        Case(state: .MS, trigger: .sale, party: .lender, from: "2026-07-04", expected: "2027-07-04"),
        Case(state: .NE, trigger: .sale, party: .lender, from: "2026-11-30", expected: "2027-02-28"),
        Case(state: .NM, trigger: .sale, party: .lender, from: "2024-02-29", expected: "2030-02-28"),
        Case(state: .OK, trigger: .sale, party: .lender, from: "2026-10-01", expected: "2026-12-30"),  // 90 days: 30+30+30
        Case(state: .SC, trigger: .sale, party: .debtor, from: "2026-12-20", expected: "2027-01-19"),
        Case(state: .UT, trigger: .sale, party: .lender, from: "2026-05-31", expected: "2026-08-31"),
        Case(state: .NC, trigger: .sale, party: .lender, from: "2028-02-29", expected: "2029-02-28"),  // G.S. 1-54(6): 1 year from a leap day
    ]

    private static func rule(_ c: Case) -> DeadlineRule? {
        StateDeficiencyRule.rule(for: c.state).deadlines.first { $0.trigger == c.trigger && $0.party == c.party }
    }

    @Test(arguments: cases)
    func computedDate(_ c: Case) throws {
        let rule = try #require(Self.rule(c))
        #expect(rule.date(from: day(c.from)) == day(c.expected))
    }

    @Test func everyCatalogueDeadlineHasADateTest() {
        let tested = Set(Self.cases.map { "\($0.state)-\($0.trigger)-\($0.party)" })
        for state in StateDeficiencyRule.all {
            for d in state.deadlines {
                #expect(tested.contains("\(state.jurisdiction)-\(d.trigger)-\(d.party)"), "untested deadline in \(state.jurisdiction)")
            }
        }
    }

    @Test func daysRemainingAndPassed() {
        // Arizona: sale 2026-01-10 + 90 days = 2026-04-10; as of 2026-04-01 → 9 days left.
        let az = StateDeficiencyRule.rule(for: .AZ)
        let open = DeficiencyDeadline.all(for: az, saleType: .nonjudicial, eventDates: [.sale: day("2026-01-10")], asOf: day("2026-04-01"))
        #expect(open.count == 1)
        #expect(open[0].date == day("2026-04-10"))
        #expect(open[0].daysRemaining == 9)
        #expect(open[0].finding.sentence.contains("9 days from 2026-04-01"))
        let late = DeficiencyDeadline(rule: az.deadlines[0], triggerDate: day("2026-01-10"), asOf: day("2026-04-12"), jurisdiction: .AZ)
        #expect(late.daysRemaining == -2)
        #expect(late.finding.sentence.contains("it passed on 2026-04-10"))
        #expect(!late.finding.figures.contains { $0.label == "Days remaining" })
    }

    @Test func missingTriggerDateIsSaid() {
        let ny = StateDeficiencyRule.rule(for: .NY)
        let d = DeficiencyDeadline.all(for: ny, saleType: .judicial, eventDates: [:], asOf: day("2026-04-01"))
        #expect(d.first?.date == nil)
        #expect(d.first?.finding.sentence.contains("delivery of the deed is needed") == true)
    }

    @Test func saleTypeFiltersDeadlines() {
        let tx = StateDeficiencyRule.rule(for: .TX)
        #expect(tx.deadlines(for: .nonjudicial).map(\.party) == [.lender])
        #expect(tx.deadlines(for: .judicial).map(\.party) == [.debtor])
        #expect(tx.deadlines(for: nil).count == 2)
    }
}
