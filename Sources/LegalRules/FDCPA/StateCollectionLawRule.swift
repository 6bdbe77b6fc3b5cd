import CaseModel

/// One state's debt-collection statute or regulation beyond the FDCPA: whether it reaches original
/// creditors collecting their own debts, and what duties it adds.
public struct StateCollectionLawRule: Sendable, Hashable, Codable, Identifiable {
    /// The state (or DC).
    public let jurisdiction: Jurisdiction
    /// The law's name, such as "Rosenthal Fair Debt Collection Practices Act"; nil when none was found.
    public let lawName: String?
    /// Whether it reaches a creditor collecting its own debt (nil: not confirmed).
    public let reachesOriginalCreditors: Bool?
    /// Whether it reaches attorneys collecting for clients (nil: not confirmed).
    public let reachesAttorneys: Bool?
    /// Duties beyond the FDCPA, in words, for every party the law reaches.
    public let addedDuties: [String]
    /// Duties only a third-party collection agency bears (Texas's surety bond), with their citations:
    /// cited for an agency, never for a creditor collecting its own debt.
    public let thirdPartyDuties: [String]
    public let thirdPartyCitations: [Citation]
    /// Where it comes from.
    public let citations: [Citation]
    /// How well the coverage was checked.
    public let confidence: Confidence
    /// What remains unconfirmed, or why the entry is unknown.
    public let notes: [String]

    /// The jurisdiction.
    public var id: Jurisdiction { jurisdiction }

    /// Creates an entry.
    public init(
        _ jurisdiction: Jurisdiction, lawName: String?, reachesOriginalCreditors: Bool?, reachesAttorneys: Bool? = nil,
        addedDuties: [String] = [], thirdPartyDuties: [String] = [], thirdPartyCitations: [Citation] = [], citations: [Citation],
        confidence: Confidence, notes: [String] = []
    ) {
        self.jurisdiction = jurisdiction
        self.lawName = lawName
        self.reachesOriginalCreditors = reachesOriginalCreditors
        self.reachesAttorneys = reachesAttorneys
        self.addedDuties = addedDuties
        self.thirdPartyDuties = thirdPartyDuties
        self.thirdPartyCitations = thirdPartyCitations
        self.citations = citations
        self.confidence = confidence
        self.notes = notes
    }

    /// The entry for one jurisdiction.
    public static func rule(for jurisdiction: Jurisdiction) -> StateCollectionLawRule {
        byJurisdiction[jurisdiction]!
    }

    private static let byJurisdiction = Dictionary(all.map { ($0.jurisdiction, $0) }, uniquingKeysWith: { first, _ in first })
}
