import CaseModel

/// Where a wage garnishment is challenged by a motion to the court instead of a claim-of-exemption
/// form (New York's income execution), what the paper is called, how it is brought and on what
/// authority the court may limit or end the withholding.
public struct WageMotion: Sendable, Hashable, Codable {
    /// The paper's title, as a court filing prints it.
    public let title: String
    /// How the motion is brought, in words.
    public let how: String
    /// The authority for the relief asked.
    public let citations: [Citation]
    /// How well it was checked.
    public let confidence: Confidence
    /// What remains unconfirmed.
    public let notes: [String]

    /// Creates a motion procedure.
    public init(title: String, how: String, citations: [Citation], confidence: Confidence, notes: [String] = []) {
        self.title = title
        self.how = how
        self.citations = citations
        self.confidence = confidence
        self.notes = notes
    }
}
