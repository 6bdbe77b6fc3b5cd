import CaseModel

/// The 30-day window to dispute a debt or ask for the original creditor (15 U.S.C. 1692g; 12 CFR 1006.34).
public struct ValidationWindow: Sendable, Hashable, Codable {
    /// The last day of the window, if it could be determined.
    public let endDate: CalendarDate?
    /// Whether `endDate` came from the notice itself (true) or was estimated from the received date.
    public let fromNotice: Bool
    /// Whether the window is open on the "as of" date; nil when no date is known.
    public let isOpen: Bool?
    /// The sentence a letter prints.
    public let finding: Finding

    private static let citations = [
        Citation(
            "15 U.S.C. § 1692g(a)–(b)",
            url: "https://www.justia.com/business-operations/collections-credit/docs/fair-debt-collection-practices-act/validation-of-debts/"),
        Citation(
            "12 CFR § 1006.34",
            url:
                "https://casetext.com/regulation/code-of-federal-regulations/title-12-banks-and-banking/chapter-x-consumer-financial-protection-bureau/part-1006-debt-collection-practices-regulation-f/subpart-b-rules-for-fdcpa-debt-collectors/section-100634-notice-for-validation-of-debts"
        ),
    ]

    /// The citations of `finding`, as a letter prints them; built once, since they never change.
    static let citationText = citations.joinedText

    /// The window, preferring the end date printed on the notice over an estimate from the received date.
    public init(
        noticeReceived: CalendarDate?, noticeEndDate: CalendarDate?, asOf: CalendarDate,
        language: AnalysisLanguage = .english
    ) {
        if let end = noticeEndDate {
            endDate = end
            fromNotice = true
        } else {
            endDate = noticeReceived.map { $0.adding(days: 30) }
            fromNotice = false
        }
        guard let end = endDate else {
            isOpen = nil
            finding = Finding(
                id: "fdcpa.validation_window.unknown", topic: .fdcpa,
                sentence: Phrase.windowUnknown.text(in: language),
                citations: Self.citations, confidence: .statute)
            return
        }
        let open = asOf <= end
        isOpen = open
        let days = asOf.days(until: end)
        finding = Finding(
            id: open ? "fdcpa.validation_window.open" : "fdcpa.validation_window.closed", topic: .fdcpa,
            sentence: Phrase.window(open: open, ends: end, days: days, fromNotice: fromNotice).text(in: language),
            figures: [.date("Window ends", end), .number("Days left", days)],
            citations: Self.citations, confidence: fromNotice ? .secondary : .statute)
    }
}
