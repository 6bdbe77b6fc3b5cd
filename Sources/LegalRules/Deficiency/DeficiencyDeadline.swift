import CaseModel

/// A deadline rule applied to a case: the computed date and the days remaining as of a given date.
public struct DeficiencyDeadline: Sendable, Hashable, Codable {
    /// The rule.
    public let rule: DeadlineRule
    /// The date of the triggering event, if known.
    public let triggerDate: CalendarDate?
    /// The computed last day, when the trigger date is known and the unit is computable.
    public let date: CalendarDate?
    /// Days from the "as of" date to the deadline (negative once it has passed).
    public let daysRemaining: Int?
    /// The sentence a letter prints.
    public let finding: Finding

    /// Applies `rule` to a trigger date, as of a date passed in (there is no clock here).
    public init(
        rule: DeadlineRule, triggerDate: CalendarDate?, asOf: CalendarDate, jurisdiction: Jurisdiction,
        language: AnalysisLanguage = .english
    ) {
        self.rule = rule
        self.triggerDate = triggerDate
        let computed = triggerDate.flatMap { rule.date(from: $0) }
        self.date = computed
        self.daysRemaining = computed.map { asOf.days(until: $0) }

        var figures: [Figure] = []
        if let triggerDate { figures.append(.date("Counted from", triggerDate)) }
        if let computed, let days = daysRemaining {
            figures.append(.date("Deadline (estimate)", computed))
            // A passed deadline is a date, never a negative count of days.
            if days >= 0 { figures.append(.number("Days remaining", days)) }
        }
        let sentence = Phrase.deadline(rule, jurisdiction, date: computed, days: daysRemaining, asOf: asOf).text(in: language)
        let party = rule.party == .debtor ? "debtor" : "lender"
        self.finding = Finding(
            id: "deadline.\(party).\(rule.trigger.rawValue)", topic: .deadline, sentence: sentence,
            figures: figures, citations: rule.citations, confidence: rule.confidence)
    }

    /// Every deadline in a state's rule that fits the sale type, computed from the known event dates.
    /// A deadline whose required facts the case shows are not met (Pennsylvania's petition when a
    /// third party bought, Minnesota's agricultural 90 days for a home) is left out, not computed.
    public static func all(
        for rule: StateDeficiencyRule, saleType: SaleType?,
        eventDates: [DeadlineRule.Trigger: CalendarDate], asOf: CalendarDate,
        facts: DeficiencyFacts? = nil, language: AnalysisLanguage = .english
    ) -> [DeficiencyDeadline] {
        rule.deadlines(for: saleType).filter { deadline in
            guard let facts else { return true }
            return !deadline.requires.contains { $0.fit(facts) == .doesNotApply }
        }.map {
            DeficiencyDeadline(rule: $0, triggerDate: eventDates[$0.trigger], asOf: asOf, jurisdiction: rule.jurisdiction, language: language)
        }
    }
}
