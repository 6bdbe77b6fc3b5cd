import CaseModel

extension CaseAnalyzer {
    /// How to claim exemptions in the debtor's home state, for each kind of action the case has.
    ///
    /// The claim deadlines run from service or mailing of the levy or garnishment notice, which the
    /// case file does not record, so each deadline says what date it needs rather than using the freeze date.
    static func exemptionClaims(
        _ theCase: Case, in state: Jurisdiction, asOf: CalendarDate,
        language: AnalysisLanguage
    ) -> Analysed<[CaseAnalysis.ExemptionClaim]> {
        var actions: [ExemptionClaimRule.Action] = []
        if !theCase.actions.levies.isEmpty { actions.append(.bankLevy) }
        if !theCase.actions.garnishments.isEmpty { actions.append(.wageGarnishment) }
        var claims: [CaseAnalysis.ExemptionClaim] = []
        var findings: [Finding] = []
        for action in actions {
            let rules = ExemptionClaimRule.rules(for: state, action: action)
            let timing =
                action == .bankLevy
                ? theCase.actions.levies.lazy.compactMap { levyClaimTiming($0, rules: rules) }.first
                : theCase.actions.garnishments.lazy.compactMap { wageClaimTiming($0, rules: rules) }.first
            var found = ExemptionClaimRule.findings(for: state, action: action, triggerDate: nil, asOf: asOf, language: language)
            // With the levy notice's service date, the matching rule's deadline is computed, not asked for.
            for (i, rule) in rules.enumerated() where timing != nil && (rule.deadline == timing?.rule || rule.mailedDeadline == timing?.rule) {
                let computed = DeficiencyDeadline(rule: timing!.rule, triggerDate: timing!.served, asOf: asOf, jurisdiction: state, language: language)
                found[i] = Finding(
                    id: "exemption_claim.deadline", topic: .exemptionClaim,
                    sentence: Phrase.claimWithDeadline(procedure: rule.procedure, deadline: computed.finding.sentence, forms: rule.forms).text(in: language),
                    figures: computed.finding.figures, citations: rule.citations, confidence: rule.confidence)
            }
            findings += found
            guard !rules.isEmpty else {
                let unknown = found[0]
                claims.append(
                    CaseAnalysis.ExemptionClaim(
                        action: action, jurisdiction: state, procedure: nil, rule: unknown.sentence, deadline: nil, forms: [],
                        formNote: nil, citation: unknown.citations.joinedText, confidence: unknown.confidence,
                        claimProcedure: .init(state, action: action)))
                continue
            }
            for (rule, finding) in zip(rules, found) {
                let matched = timing.flatMap { t in rule.deadline == t.rule || rule.mailedDeadline == t.rule ? t : nil }
                let deadline = (matched?.rule ?? rule.deadline).map {
                    CaseAnalysis.Deadline(
                        DeficiencyDeadline(rule: $0, triggerDate: matched?.served, asOf: asOf, jurisdiction: state, language: language),
                        needs: noticeDateNeeded($0.trigger, language: language), language: language)
                }
                claims.append(
                    CaseAnalysis.ExemptionClaim(
                        action: action, jurisdiction: state, procedure: language.rule(rule.procedure), rule: finding.sentence, deadline: deadline,
                        forms: rule.forms, formNote: rule.forms.isEmpty ? nil : Phrase.formNote(rule.forms.map(language.rule)).text(in: language),
                        citation: rule.citations.joinedText, confidence: rule.confidence, claimProcedure: .init(state, action: action)))
            }
        }
        return Analysed(section: claims, findings: findings)
    }

    /// The deadline counted from service of a wage garnishment's papers on the debtor, when a rule
    /// counts from service and the case gives the date.
    static func wageClaimTiming(_ garnishment: Garnishment, rules: [ExemptionClaimRule]) -> LevyClaimTiming? {
        guard let served = garnishment.servedOn,
            let rule = rules.lazy.compactMap(\.deadline).first(where: { $0.trigger == .noticeServed }),
            let date = rule.date(from: served)
        else { return nil }
        return LevyClaimTiming(rule: rule, served: served, service: .personal, date: date)
    }

    /// The date an exemption-claim deadline is counted from, in words.
    private static func noticeDateNeeded(_ trigger: DeadlineRule.Trigger, language: AnalysisLanguage) -> String {
        switch trigger {
        case .noticeServed: return Phrase.needsNoticeServed.text(in: language)
        case .noticeMailed: return Phrase.needsNoticeMailed.text(in: language)
        default: return Phrase.needsTrigger(trigger).text(in: language)
        }
    }
}
