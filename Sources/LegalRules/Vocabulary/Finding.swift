/// One sentence-sized fact from the analysis, with its figures, citations and how well it is confirmed.
public struct Finding: Sendable, Hashable, Codable, Identifiable {
    /// A stable key such as "deficiency.barred"; templates and tests select findings by it.
    public let id: String
    /// The area of law the finding belongs to.
    public let topic: Topic
    /// One plain-English sentence.
    public let sentence: String
    /// The numbers, amounts and dates behind the sentence.
    public let figures: [Figure]
    /// Where the rule comes from.
    public let citations: [Citation]
    /// How well the rule behind the sentence was checked.
    public let confidence: Confidence

    /// The area of law a finding belongs to.
    public enum Topic: String, Sendable, Hashable, Codable, CaseIterable {
        /// Whether a deficiency may be sought after a foreclosure, and how much.
        case deficiency
        /// Deficiency after a vehicle repossession (UCC Article 9).
        case vehicleDeficiency = "vehicle_deficiency"
        /// The lender's deadline to seek or enforce a deficiency.
        case deadline
        /// Wage garnishment limits.
        case wageGarnishment = "wage_garnishment"
        /// Bank levy and the federal-benefit protection.
        case bankLevy = "bank_levy"
        /// Claiming an exemption after a levy or garnishment.
        case exemptionClaim = "exemption_claim"
        /// Fair Debt Collection Practices Act position.
        case fdcpa
        /// A possible claim or defence for the intake summary (FDCPA conduct, UCC Article 9, surplus, credit reporting).
        case claim
        /// Information for the debtor: judgment liens and exemptions, retirement savings, taxes.
        case information
    }

    /// Creates a finding.
    public init(
        id: String, topic: Topic, sentence: String, figures: [Figure] = [],
        citations: [Citation], confidence: Confidence
    ) {
        self.id = id
        self.topic = topic
        self.sentence = sentence
        self.figures = figures
        self.citations = citations
        self.confidence = confidence
    }
}
