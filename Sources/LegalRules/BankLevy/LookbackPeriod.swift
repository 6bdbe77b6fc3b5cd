import CaseModel

/// The 31 CFR 212.3 lookback period: the two months before a bank's account review.
///
/// It begins on the date preceding the account review and ends on the corresponding date two months
/// earlier, or on the last date of that month when it has no corresponding date. Appendix C to Part 212
/// works the examples: review on March 17 → January 16 … March 16; review on September 1 →
/// June 30 … August 31 (there is no June 31).
public struct LookbackPeriod: Sendable, Hashable, Codable {
    /// The date of the account review.
    public let accountReview: CalendarDate
    /// The earliest date in the period (the "end" in the regulation's backward wording).
    public let first: CalendarDate
    /// The latest date in the period: the day before the review.
    public let last: CalendarDate

    /// The regulation and its worked examples.
    public static let citations = [
        Citation("31 CFR § 212.3 (lookback period)"),
        Citation(
            "31 CFR Part 212, Appendix C",
            url:
                "https://d1tvxue8o4w0fl.cloudfront.net/regulation/code-of-federal-regulations/title-31-money-and-finance-treasury/subtitle-b-regulations-relating-to-money-and-finance/chapter-ii-fiscal-service-department-of-the-treasury/subchapter-a-bureau-of-the-fiscal-service/part-212-garnishment-of-accounts-containing-federal-benefit-payments/appendix-c-to-part-212-examples-of-the-lookback-period-and-protected-amount"
        ),
    ]

    /// The period for an account review on `accountReview`.
    public init(accountReview: CalendarDate) {
        self.accountReview = accountReview
        self.last = accountReview.adding(days: -1)
        // adding(months:) clamps to the end of a shorter month, which is the regulation's rule.
        self.first = last.adding(months: -2)
    }

    /// Whether a date falls in the period (both ends included).
    public func contains(_ date: CalendarDate) -> Bool { first <= date && date <= last }
}
