import CaseModel

/// The exemption-claim deadline for one levy, counted from the date its notice was served or mailed.
struct LevyClaimTiming {
    /// The catalogued rule that applies to the way the notice was served.
    var rule: DeadlineRule
    /// The service or mailing date.
    var served: CalendarDate
    /// How the notice was served.
    var service: NotePhrase.NoticeService
    /// The computed last day.
    var date: CalendarDate
}

extension CaseAnalyzer {
    /// The claim deadline of a levy when the case gives the notice's service date and manner and the
    /// state's catalogued rule runs from that event in calendar days; nil otherwise (never guessed:
    /// mailing may extend a period counted from service, so a mailed notice uses only a mail rule).
    static func levyClaimTiming(_ levy: BankLevy, rules: [ExemptionClaimRule]) -> LevyClaimTiming? {
        guard let served = levy.noticeServedOn, let service = levy.noticeService else { return nil }
        for claim in rules {
            let candidates: [DeadlineRule]
            switch service {
            case .personal: candidates = [claim.deadline].compactMap { $0 }.filter { $0.trigger == .noticeServed }
            case .mail: candidates = [claim.mailedDeadline, claim.deadline].compactMap { $0 }.filter { $0.trigger == .noticeMailed }
            }
            if let rule = candidates.first, let date = rule.date(from: served) {
                return LevyClaimTiming(rule: rule, served: served, service: service == .personal ? .personal : .mail, date: date)
            }
        }
        return nil
    }

    /// Fills a levy section's claim deadline, its finding, and what the case would need to compute it.
    static func addClaimDeadline(
        to analysed: inout Analysed<CaseAnalysis.Levy>, levy: BankLevy, index: Int, state: Jurisdiction,
        asOf: CalendarDate, language: AnalysisLanguage
    ) {
        let rules = ExemptionClaimRule.rules(for: state, action: .bankLevy).filter { $0.deadline != nil }
        guard !rules.isEmpty else { return }
        let path = "actions.levies[\(index)]"
        guard let timing = levyClaimTiming(levy, rules: rules) else {
            if levy.noticeServedOn == nil { analysed.missing.append("\(path).notice_served_on") }
            if levy.noticeService == nil {
                analysed.missing.append("\(path).notice_service")
                analysed.section.claimDeadlineSentence = Phrase.note(.levyClaimNeedsService).text(in: language)
            }
            analysed.section.missing = analysed.missing
            return
        }
        let days = asOf.days(until: timing.date)
        let sentence = Phrase.note(
            .levyClaimDeadline(
                date: timing.date, days: days, served: timing.served, service: timing.service,
                period: timing.rule.amount, asOf: asOf)
        ).text(in: language)
        analysed.section.claimDeadline = timing.date
        analysed.section.claimDaysRemaining = days
        analysed.section.claimDeadlinePassed = days < 0
        analysed.section.claimDeadlineSentence = sentence
        analysed.findings.append(
            Finding(
                id: "exemption_claim.levy_deadline", topic: .exemptionClaim, sentence: sentence,
                figures: [
                    .date(timing.service == .personal ? "Levy papers handed over" : "Levy papers mailed", timing.served),
                    .date("Deadline (estimate)", timing.date), .number("Days remaining", days),
                ],
                citations: timing.rule.citations, confidence: timing.rule.confidence))
    }
}
