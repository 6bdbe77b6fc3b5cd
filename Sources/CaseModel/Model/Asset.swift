/// Something the household owns (exemptions and legal-aid eligibility look at assets).
public struct Asset: Sendable, Hashable, Encodable {
    /// What kind of asset.
    public var kind: AssetKind
    /// A short description ("Checking at Valley Credit Union", "2016 Toyota Corolla").
    public var description: String
    /// Its value or balance, if known.
    public var value: Money?
    /// The last four digits of an account, for bank and retirement accounts.
    public var accountLast4: String?
    /// The kind of retirement account (ERISA plans and IRAs are protected differently).
    public var retirementType: RetirementType?

    /// Creates an asset.
    public init(
        kind: AssetKind, description: String, value: Money? = nil, accountLast4: String? = nil,
        retirementType: RetirementType? = nil
    ) {
        self.kind = kind
        self.description = description
        self.value = value
        self.accountLast4 = accountLast4
        self.retirementType = retirementType
    }

    enum CodingKeys: String, CodingKey {
        case kind, description, value
        case accountLast4 = "account_last4", retirementType = "retirement_type"
    }
}
