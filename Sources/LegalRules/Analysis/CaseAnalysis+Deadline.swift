import CaseModel

extension CaseAnalysis {
    /// One computed time limit: who must act, by when, and how many days remain.
    public struct Deadline: Sendable, Hashable, Codable {
        /// The finding's key, such as `deadline.lender.sale`.
        public var id: String
        /// Who must act (or whose right ends).
        public var party: DeadlineRule.Party
        /// The rule in a short phrase, such as "The lender must sue for the deficiency within 2 years after the sale".
        public var description: String
        /// The full sentence, with the computed date or what is needed to compute it.
        public var sentence: String
        /// The date of the triggering event, when the case gives it.
        public var countedFrom: CalendarDate?
        /// The computed last day (an estimate: court counting rules vary).
        public var date: CalendarDate?
        /// Days from the "as of" date to `date`, signed (negative once passed) for the `days` filter of
        /// debtor and attorney documents; a mailable document prints neither it nor `days_ago`.
        public var daysRemaining: Int?
        /// Whether `date` is before the "as of" date.
        public var passed: Bool?
        /// Days since `date` when it has passed (always above zero); absent otherwise.
        public var daysAgo: Int?
        /// Whether `date` falls on a Saturday or Sunday (the date is not moved: the next-business-day rule is unconfirmed).
        public var weekend: Bool?
        /// The federal holiday `date` falls on or is observed on (5 U.S.C. 6103), such as "Christmas Day".
        public var holiday: String?
        /// Whether `date` is a weekend day or a federal holiday: courts often move such a last day to the
        /// next business day, which is not assumed here.
        public var nonBusinessDay: Bool?
        /// What the case would need to compute the date, when it cannot be computed.
        public var needs: String?
        /// The citations, joined for printing.
        public var citation: String
        /// The citations.
        public var citations: [Citation]
        /// How well the rule was checked.
        public var confidence: Confidence

        /// Builds the entry from a computed deadline.
        init(_ computed: DeficiencyDeadline, needs: String?, language: AnalysisLanguage = .english) {
            let rule = computed.rule
            id = computed.finding.id
            party = rule.party
            description = Phrase.deadlineDescription(rule).text(in: language)
            sentence = computed.finding.sentence
            countedFrom = computed.triggerDate
            date = computed.date
            daysRemaining = computed.daysRemaining
            passed = computed.daysRemaining.map { $0 < 0 }
            daysAgo = computed.daysRemaining.flatMap { $0 < 0 ? -$0 : nil }
            weekend = computed.date.map(\.isWeekend)
            holiday = computed.date.flatMap(FederalHoliday.name(on:))
            nonBusinessDay = computed.date.map { $0.isWeekend || FederalHoliday.name(on: $0) != nil }
            self.needs = computed.date == nil ? needs : nil
            citations = rule.citations
            citation = rule.citations.joinedText
            confidence = rule.confidence
        }

        enum CodingKeys: String, CodingKey {
            case id, party, description, sentence, date, passed, needs, citation, citations, confidence
            case countedFrom = "counted_from", daysRemaining = "days_remaining", daysAgo = "days_ago", weekend, holiday
            case nonBusinessDay = "non_business_day"
        }
    }
}

extension [Citation] {
    /// The citation texts joined with semicolons, as a letter prints them.
    var joinedText: String {
        // Most lists hold one citation, whose text is shared rather than copied; longer ones are
        // copied once into a string of the exact size (see `Sentence`) instead of appended piece by piece.
        if count == 1 { return self[0].text }
        var pieces = Sentence.Pieces(literalCapacity: 0, interpolationCount: count)
        for i in indices {
            if i > startIndex { pieces.appendLiteral("; ") }
            pieces.appendInterpolation(self[i].text)
        }
        return pieces.joined()
    }
}

extension CalendarDate {
    /// Whether the date is a Saturday or a Sunday.
    var isWeekend: Bool { isoWeekday >= 6 }
}
