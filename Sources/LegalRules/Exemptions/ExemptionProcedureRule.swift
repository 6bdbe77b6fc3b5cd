import CaseModel

/// How a debtor claims an exemption in one state, in the words a claim form or court filing uses:
/// who enforces the judgment, where the claim goes, whether a hearing must be asked for, the
/// official form, and how a statement is verified without a notary.
public struct ExemptionProcedureRule: Sendable, Hashable, Codable, Identifiable {
    /// The state (or DC).
    public let jurisdiction: Jurisdiction
    /// The state's words for its officers.
    public let officers: OfficerWords
    /// Where the claim is filed or sent, in words; nil when not confirmed.
    public let filingPlace: String?
    /// The claim deadline in words (computed deadlines are in `ExemptionClaimRule`); nil when not confirmed.
    public let deadline: String?
    /// Whether and how a hearing is had.
    public let hearing: Hearing
    /// Official forms by name and number.
    public let forms: [String]
    /// Whether courts require their own form (nil: not confirmed).
    public let formRequired: Bool?
    /// How the claim is verified.
    public let verification: UnswornDeclaration
    /// Where the procedure comes from.
    public let citations: [Citation]
    /// How well the procedure (not the verification, which has its own grade) was checked.
    public let confidence: Confidence
    /// What remains unconfirmed, or why the procedure is unknown.
    public let notes: [String]
    /// Where wages are defended by a motion rather than a claim form (New York), that motion.
    public let wageMotion: WageMotion?

    /// The jurisdiction.
    public var id: Jurisdiction { jurisdiction }

    /// Creates a rule.
    public init(
        _ jurisdiction: Jurisdiction, officers: OfficerWords, filingPlace: String?, deadline: String?, hearing: Hearing,
        forms: [String] = [], formRequired: Bool? = nil, verification: UnswornDeclaration,
        citations: [Citation], confidence: Confidence, notes: [String] = [], wageMotion: WageMotion? = nil
    ) {
        self.wageMotion = wageMotion
        self.jurisdiction = jurisdiction
        self.officers = officers
        self.filingPlace = filingPlace
        self.deadline = deadline
        self.hearing = hearing
        self.forms = forms
        self.formRequired = formRequired
        self.verification = verification
        self.citations = citations
        self.confidence = confidence
        self.notes = notes
    }

    /// The rule for one jurisdiction.
    public static func rule(for jurisdiction: Jurisdiction) -> ExemptionProcedureRule {
        byJurisdiction[jurisdiction]!
    }

    private static let byJurisdiction = Dictionary(all.map { ($0.jurisdiction, $0) }, uniquingKeysWith: { first, _ in first })
}
