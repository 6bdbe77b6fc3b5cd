/// Whether a party is a "debt collector" under 15 U.S.C. § 1692a(6), as a letter may put it: a
/// letter asserts the FDCPA only when `likely`, conditions it when `possible` or `unknown`, and
/// leaves it out when `unlikely`.
public enum CollectorVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// A collection agency or law firm collecting a debt owed another.
    case likely
    /// A debt buyer collecting for itself: a debt collector only if its business's principal
    /// purpose is collecting debts (Henson v. Santander leaves it outside the "owed another" prong).
    case possible
    /// A creditor collecting its own debt, or a servicer that took the account before default.
    case unlikely
    /// Who the party is was not established.
    case unknown

    /// The verdict for a kind of party.
    public init(_ kind: ContactingParty) {
        switch kind {
        case .collectionAgency, .collectionLawFirm: self = .likely
        case .debtBuyer: self = .possible
        case .originalCreditor, .servicerBeforeDefault: self = .unlikely
        case .unknown: self = .unknown
        }
    }
}
