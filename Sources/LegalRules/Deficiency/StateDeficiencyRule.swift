import CaseModel

/// One jurisdiction's rules on a deficiency after a residential foreclosure, as reviewable data.
///
/// The values live in `States/`; this type holds them and evaluates them against a case's facts.
public struct StateDeficiencyRule: Sendable, Hashable, Codable, Identifiable {
    /// The state (or DC).
    public let jurisdiction: Jurisdiction
    /// The state's position in one plain sentence, for tables and letters.
    public let summary: String
    /// Whether a deficiency may be sought, in order; the first that fits decides.
    public let availability: [AvailabilityRule]
    /// Fair-value limits on the amount; empty when none was found.
    public let fairValue: [FairValueRule]
    /// Deadlines for the lender (or the debtor) after the sale.
    public let deadlines: [DeadlineRule]
    /// The main sources for the state.
    public let citations: [Citation]
    /// How well the state's core rule (whether a deficiency is allowed) was checked.
    public let confidence: Confidence
    /// What remains unconfirmed or needs care, in words.
    public let notes: [String]

    /// The jurisdiction.
    public var id: Jurisdiction { jurisdiction }

    /// Creates a state's rule.
    public init(
        _ jurisdiction: Jurisdiction, summary: String, availability: [AvailabilityRule],
        fairValue: [FairValueRule] = [], deadlines: [DeadlineRule] = [], citations: [Citation],
        confidence: Confidence, notes: [String] = []
    ) {
        self.jurisdiction = jurisdiction
        self.summary = summary
        self.availability = availability
        self.fairValue = fairValue
        self.deadlines = deadlines
        self.citations = citations
        self.confidence = confidence
        self.notes = notes
    }
}
