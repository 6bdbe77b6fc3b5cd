import CaseModel

/// One jurisdiction's wage-garnishment rule for ordinary consumer judgments, compared with federal law.
public struct StateWageGarnishmentRule: Sendable, Hashable, Codable, Identifiable {
    /// The state (or DC).
    public let jurisdiction: Jurisdiction
    /// What the state does.
    public let kind: Kind
    /// The rule in one plain sentence.
    public let summary: String
    /// Where it comes from.
    public let citations: [Citation]
    /// How well it was checked.
    public let confidence: Confidence
    /// What remains unconfirmed or needs care.
    public let notes: [String]

    /// The jurisdiction.
    public var id: Jurisdiction { jurisdiction }

    /// What a state's rule does.
    public enum Kind: Sendable, Hashable, Codable {
        /// No stricter cap found: the federal limit controls.
        case sameAsFederal
        /// A stricter cap computed by a formula.
        case formula(WageFormula)
        /// Wages cannot be garnished for ordinary consumer debt (support, taxes and student loans excepted).
        case barredForConsumerDebt
        /// Stricter in a way this catalogue does not compute (dollar floors, tiers, annual caps).
        case stricterNotComputed
        /// Not researched or not confirmed.
        case unknown
    }

    /// Creates a rule.
    public init(
        _ jurisdiction: Jurisdiction, _ kind: Kind, summary: String, citations: [Citation],
        confidence: Confidence, notes: [String] = []
    ) {
        self.jurisdiction = jurisdiction
        self.kind = kind
        self.summary = summary
        self.citations = citations
        self.confidence = confidence
        self.notes = notes
    }
}
