/// A way a collector can reach the debtor, as a contact-limit letter names it (12 CFR 1006.14(h)).
public enum ContactMedium: String, Sendable, Hashable, Codable, CaseIterable {
    /// Letters by mail.
    case mail
    /// Email.
    case email
    /// Telephone calls, including voicemail.
    case phone
    /// Text messages.
    case text
}
