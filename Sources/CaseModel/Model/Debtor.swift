/// The person the debt is claimed against, who is also the person Redress writes for.
public struct Debtor: Sendable, Hashable, Encodable {
    /// Full name, as it should appear on letters.
    public var name: String
    /// Home mailing address.
    public var address: Address
    /// A telephone number, as written.
    public var phone: String?
    /// An email address.
    public var email: String?
    /// How many people live in the household, counting the debtor (legal-aid eligibility).
    public var householdSize: Int?
    /// The language the debtor prefers to read, as written ("Spanish", "es", "Tiếng Việt").
    public var preferredLanguage: String?
    /// The Social Security number, of which only the last four digits are ever kept.
    public var ssn: SensitiveNumber?
    /// The current employer, if any.
    public var employer: String?

    /// Creates a debtor.
    public init(
        name: String, address: Address, phone: String? = nil, email: String? = nil,
        householdSize: Int? = nil, preferredLanguage: String? = nil, ssn: SensitiveNumber? = nil,
        employer: String? = nil
    ) {
        self.name = name
        self.address = address
        self.phone = phone
        self.email = email
        self.householdSize = householdSize
        self.preferredLanguage = preferredLanguage
        self.ssn = ssn
        self.employer = employer
    }

    enum CodingKeys: String, CodingKey {
        case name, address, phone, email, ssn, employer
        case householdSize = "household_size"
        case preferredLanguage = "preferred_language"
    }
}
