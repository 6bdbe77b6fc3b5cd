/// How a statement in a claim is verified in one state: an unsworn declaration under a statute
/// (the state's wording, signed under penalty of perjury) or an oath before a notary.
public struct UnswornDeclaration: Sendable, Hashable, Codable {
    /// Which way a statement is verified.
    public let kind: Kind
    /// The statute or rule that allows it (or requires the oath).
    public let citation: Citation?
    /// The words to print above the signature, where the statute gives them.
    public let wording: String?
    /// How well it was checked.
    public let confidence: Confidence

    /// The ways a statement may be verified.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// An unsworn declaration under penalty of perjury has the effect of an oath.
        case unswornDeclaration = "unsworn_declaration"
        /// No such statute was found: a notary's jurat is needed.
        case notaryRequired = "notary_required"
        /// Not confirmed: print a notary jurat block to be safe.
        case unknown
    }

    /// Creates a verification rule.
    public init(_ kind: Kind, citation: Citation? = nil, wording: String? = nil, confidence: Confidence) {
        self.kind = kind
        self.citation = citation
        self.wording = wording
        self.confidence = confidence
    }

    /// Not confirmed: the claim should carry a notary jurat block.
    public static let unknown = UnswornDeclaration(.unknown, confidence: .unknown)

    /// Whether the wording has its own place for the date ("Executed on (date)", "this ___ day of").
    public var wordingHasDate: Bool {
        guard let wording = wording?.lowercased() else { return false }
        return ["(date", "day of", "executed on", "signed on", "date of signing"].contains { wording.contains($0) }
    }

    /// Whether a claim should print a notary jurat block rather than a declaration.
    public var needsNotary: Bool { kind != .unswornDeclaration }
}
