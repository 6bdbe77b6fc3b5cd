import CaseModel

/// What one state protects in a bank account beyond the federal two-month protection of 31 CFR
/// Part 212: money the bank must leave without a claim, money the debtor may claim, and a general
/// ("wildcard") exemption that can cover bank funds.
public struct BankAccountExemptionRule: Sendable, Hashable, Codable, Identifiable {
    /// The state (or DC).
    public let jurisdiction: Jurisdiction
    /// Whether the state protects more than federal law.
    public let kind: Kind
    /// Money the bank must leave without any claim, in words (amounts as the statute sets them).
    public let automatic: String?
    /// Money the debtor may claim exempt, in words.
    public let claimable: String?
    /// A general exemption usable for bank funds, in words.
    public let wildcard: String?
    /// Where it comes from.
    public let citations: [Citation]
    /// How well it was checked.
    public let confidence: Confidence
    /// What remains unconfirmed, or why the rule is unknown.
    public let notes: [String]

    /// The jurisdiction.
    public var id: Jurisdiction { jurisdiction }

    /// How a state's bank-account protection compares with federal law.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The state protects more than Part 212 (automatically or on a claim).
        case stricterThanFederal = "stricter_than_federal"
        /// Searched, and nothing beyond federal law and benefit-source exemptions was found.
        case noneFound = "none_found"
        /// Not confirmed.
        case unknown
    }

    /// Creates a rule.
    public init(
        _ jurisdiction: Jurisdiction, _ kind: Kind, automatic: String? = nil, claimable: String? = nil,
        wildcard: String? = nil, citations: [Citation], confidence: Confidence, notes: [String] = []
    ) {
        self.jurisdiction = jurisdiction
        self.kind = kind
        self.automatic = automatic
        self.claimable = claimable
        self.wildcard = wildcard
        self.citations = citations
        self.confidence = confidence
        self.notes = notes
    }

    /// The rule for one jurisdiction.
    public static func rule(for jurisdiction: Jurisdiction) -> BankAccountExemptionRule {
        byJurisdiction[jurisdiction]!
    }

    private static let byJurisdiction = Dictionary(all.map { ($0.jurisdiction, $0) }, uniquingKeysWith: { first, _ in first })
}
