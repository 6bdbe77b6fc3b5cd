/// How, when and where the debtor lets a collector make contact: the facts behind a
/// limit-contact letter (15 U.S.C. 1692c(a); 12 CFR 1006.6(b), 1006.14(h)).
public struct ContactPreferences: Sendable, Hashable, Encodable {
    /// The only ways the collector may use; empty when the debtor names none.
    public var allowedMedia: [ContactMedium]
    /// Ways the collector must not use.
    public var forbiddenMedia: [ContactMedium]
    /// The number to call or text, when it is not the debtor's usual phone.
    public var phone: String?
    /// The address to email, when it is not the debtor's usual email.
    public var email: String?
    /// The hours of the day when contact is allowed.
    public var allowedHours: HourRange?
    /// Whether the debtor asks not to be contacted at work.
    public var noContactAtWork: Bool
    /// Whether the debtor's employer does not allow such contact at work (15 U.S.C. 1692c(a)(3)).
    public var employerForbidsContact: Bool
    /// Other limits, in the debtor's words.
    public var notes: String?

    /// Creates contact preferences.
    public init(
        allowedMedia: [ContactMedium] = [], forbiddenMedia: [ContactMedium] = [], phone: String? = nil,
        email: String? = nil, allowedHours: HourRange? = nil, noContactAtWork: Bool = false,
        employerForbidsContact: Bool = false, notes: String? = nil
    ) {
        self.allowedMedia = allowedMedia
        self.forbiddenMedia = forbiddenMedia
        self.phone = phone
        self.email = email
        self.allowedHours = allowedHours
        self.noContactAtWork = noContactAtWork
        self.employerForbidsContact = employerForbidsContact
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case phone, email, notes
        case allowedMedia = "allowed_media", forbiddenMedia = "forbidden_media", allowedHours = "allowed_hours"
        case noContactAtWork = "no_contact_at_work", employerForbidsContact = "employer_forbids_contact"
    }
}
