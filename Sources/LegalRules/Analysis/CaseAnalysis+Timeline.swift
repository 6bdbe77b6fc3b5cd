import CaseModel

extension CaseAnalysis {
    /// One dated event of the case, for a chronological timeline.
    public struct TimelineEntry: Sendable, Hashable, Codable {
        /// When it happened.
        public var date: CalendarDate
        /// What kind of event: `loan_originated`, `last_payment`, `sale`, `deed_delivered`, `sale_confirmed`,
        /// `judgment_entered`, `contact`, `validation_notice_received`, `garnishment_first_withheld`,
        /// `levy_frozen`, `levy_notice_served`, `lien_recorded`.
        public var kind: String
        /// The event in a short phrase, in the analysis language.
        public var event: String
        /// The party involved, by name, when the case gives one.
        public var who: String?
        /// The case's own text about it (a contact summary, a case number, a property), as written.
        public var detail: String?
    }

    /// A case-file path the analysis needed, with a label a reader understands.
    public struct MissingField: Sendable, Hashable, Codable {
        /// The dotted case-file path, such as `sale.deed_delivered_on`.
        public var path: String
        /// The field in words, in the analysis language.
        public var label: String
    }
}
