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
    public init(rule: DeadlineRule, triggerDate: CalendarDate?, asOf: CalendarDate, jurisdiction: Jurisdiction) {
        self.rule = rule
        self.triggerDate = triggerDate
        let computed = triggerDate.flatMap { rule.date(from: $0) }
        self.date = computed
        self.daysRemaining = computed.map { asOf.days(until: $0) }

        let who: String
        switch rule.party {
        case .lender: who = "the lender must \(rule.action)"
        case .enforcementEnds: who = "the lender's right to \(rule.action) ends"
        case .debtor: who = "you must \(rule.action)"
        }
        let scope = rule.condition.map { " (for \($0))" } ?? ""
        var sentence = "In \(jurisdiction.name)\(scope), \(who) within \(rule.periodDescription)"
        var figures: [Figure] = []
        if let triggerDate { figures.append(.date("Counted from", triggerDate)) }
        if let computed, let days = daysRemaining {
            sentence += ": by \(computed) by our count"
            sentence += days >= 0 ? ", \(days) day\(days == 1 ? "" : "s") from \(asOf)." : ", which passed \(-days) day\(days == -1 ? "" : "s") before \(asOf)."
            figures.append(.date("Deadline (estimate)", computed))
            figures.append(.number("Days remaining", days))
        } else if rule.unit == .businessDays {
            sentence += "; count business days on the court's calendar."
        } else {
            sentence += "; the date of \(rule.trigger.phrase) is needed to compute it."
        }
        if let note = rule.note { sentence += " \(note)" }
        let party = rule.party == .debtor ? "debtor" : "lender"
        self.finding = Finding(id: "deadline.\(party).\(rule.trigger.rawValue)", topic: .deadline, sentence: sentence,
                               figures: figures, citations: rule.citations, confidence: rule.confidence)
    }

    /// Every deadline in a state's rule that fits the sale type, computed from the known event dates.
    public static func all(for rule: StateDeficiencyRule, saleType: SaleType?,
                           eventDates: [DeadlineRule.Trigger: CalendarDate], asOf: CalendarDate) -> [DeficiencyDeadline] {
        rule.deadlines(for: saleType).map {
            DeficiencyDeadline(rule: $0, triggerDate: eventDates[$0.trigger], asOf: asOf, jurisdiction: rule.jurisdiction)
        }
    }
}
