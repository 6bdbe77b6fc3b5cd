/// Whether a state's exemption claim leads to a hearing, and what the debtor must do to get one.
public enum Hearing: Sendable, Hashable, Codable {
    /// The debtor must ask for a hearing; the text says how (a box on the claim form, a motion).
    case debtorMustRequest(String)
    /// A hearing is set only if the creditor objects to the claim; the text says how.
    case ifCreditorObjects(String)
    /// Filing the claim itself sets a hearing; the text says when.
    case setOnFiling(String)
    /// Not confirmed.
    case unknown

    /// Whether the debtor's claim should include a request for a hearing (true also when unknown,
    /// since asking costs nothing and a missing request can forfeit one).
    public var claimShouldRequestHearing: Bool {
        switch self {
        case .debtorMustRequest, .unknown: return true
        case .ifCreditorObjects, .setOnFiling: return false
        }
    }

    /// How the hearing comes about, in words; nil when unknown.
    public var how: String? {
        switch self {
        case .debtorMustRequest(let s), .ifCreditorObjects(let s), .setOnFiling(let s): return s
        case .unknown: return nil
        }
    }
}
