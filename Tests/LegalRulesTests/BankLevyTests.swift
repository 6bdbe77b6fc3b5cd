import CaseModel
import Testing
@testable import LegalRules

@Suite struct BankLevyTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let review: String, first: String, last: String
        var testDescription: String { "review \(review) → \(first)…\(last)" }
    }

    // 31 CFR 212.3: the period begins the day before the review and ends on the corresponding date
    // two months before THAT day (or the last day of the month when there is none).
    static let cases: [Case] = [
        // Appendix C, Examples 1–4 (years chosen so the weekdays match the regulation's text).
        Case(review: "2021-03-17", first: "2021-01-16", last: "2021-03-16"),
        Case(review: "2021-11-18", first: "2021-09-17", last: "2021-11-17"),
        Case(review: "2022-09-01", first: "2022-06-30", last: "2022-08-31"),  // no June 31
        Case(review: "2021-12-14", first: "2021-10-13", last: "2021-12-13"),
        // The brief's examples, corrected to the regulation: the day before the review is the anchor.
        Case(review: "2026-05-15", first: "2026-03-14", last: "2026-05-14"),
        Case(review: "2026-05-31", first: "2026-03-30", last: "2026-05-30"),
        Case(review: "2026-04-30", first: "2026-02-28", last: "2026-04-29"),  // no Feb 29 in 2026
        // Month ends and leap years.
        Case(review: "2026-05-01", first: "2026-02-28", last: "2026-04-30"),  // Apr 30 → Feb 28
        Case(review: "2024-05-01", first: "2024-02-29", last: "2024-04-30"),  // leap year keeps Feb 29
        Case(review: "2026-03-01", first: "2025-12-28", last: "2026-02-28"),  // across the year end
        Case(review: "2026-01-01", first: "2025-10-31", last: "2025-12-31"),
    ]

    @Test(arguments: cases)
    func lookbackPeriod(_ c: Case) {
        let p = LookbackPeriod(accountReview: day(c.review))
        #expect(p.first == day(c.first))
        #expect(p.last == day(c.last))
    }

    @Test func appendixCWeekdaysMatch() {
        // Example 1 says the review is a Wednesday, March 17 and the period ends Saturday, January 16.
        #expect(day("2021-03-17").isoWeekday == 3)
        #expect(day("2021-01-16").isoWeekday == 6)
    }

    static let deposits = [
        Deposit(date: day("2026-03-03"), amount: cents(120_000), source: .socialSecurity, directDeposit: true),  // before 03-14: outside
        Deposit(date: day("2026-04-03"), amount: cents(120_000), source: .socialSecurity, directDeposit: true),
        Deposit(date: day("2026-05-03"), amount: cents(120_000), source: .socialSecurity, directDeposit: true),
        Deposit(date: day("2026-05-01"), amount: cents(30_000), source: .va, directDeposit: false),  // paper check
        Deposit(date: day("2026-05-08"), amount: cents(80_000), source: .wages, directDeposit: true),
    ]

    @Test func protectedIsBenefitsWhenBalanceIsHigher() {
        // Lookback 03-14…05-14: SS 1,200 + 1,200 = 2,400 < balance 5,000 → 2,400.
        let r = BankLevyCalculator.calculate(accountReview: day("2026-05-15"), balance: cents(500_000), deposits: Self.deposits)
        #expect(r.benefitDepositsInLookback == cents(240_000))
        #expect(r.protectedAmount == cents(240_000))
        #expect(r.findings.contains { $0.id == "bank_levy.paper_benefits" })
        // Social Security outside the lookback stays exempt but must be claimed; so must the paper VA check.
        #expect(r.possiblyExempt.map(\.source) == [.wages, .socialSecurity, .va])
        #expect(r.possiblyExempt.first { $0.source == .socialSecurity }?.total == cents(120_000))
    }

    @Test func protectedIsBalanceWhenLower() {
        // Same deposits, balance 1,000 → 1,000.
        let r = BankLevyCalculator.calculate(accountReview: day("2026-05-15"), balance: cents(100_000), deposits: Self.deposits)
        #expect(r.protectedAmount == cents(100_000))
    }

    @Test func noBenefitsNoAutomaticProtection() {
        let r = BankLevyCalculator.calculate(
            accountReview: day("2026-05-15"), balance: cents(100_000),
            deposits: [Deposit(date: day("2026-05-08"), amount: cents(80_000), source: .wages, directDeposit: true)])
        #expect(r.protectedAmount == .zero)
        #expect(r.findings.map(\.id).contains("bank_levy.no_automatic_protection"))
    }

    @Test func childSupportAgencyOrderIsNotCovered() {
        let r = BankLevyCalculator.calculate(
            accountReview: day("2026-05-15"), balance: cents(500_000), deposits: Self.deposits,
            orderCarriesFederalBenefitsNotice: true)
        #expect(r.protectedAmount == .zero)
        #expect(r.findings.contains { $0.id == "bank_levy.not_protected_212_4" })
    }

    @Test func everyIncomeSourceHasACitedEntry() {
        for source in IncomeSource.allCases {
            let e = DepositExemption.exemption(for: source)
            #expect(!e.citations.isEmpty, "\(source)")
        }
        let automatic = Set(DepositExemption.all.filter(\.automaticallyProtected).map(\.source))
        #expect(automatic == [.socialSecurity, .ssi, .va, .railroadRetirement, .federalPension])
    }
}
