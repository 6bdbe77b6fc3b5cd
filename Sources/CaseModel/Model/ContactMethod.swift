/// How a collector reached the debtor.
public enum ContactMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// A telephone call.
    case phone
    /// A voicemail or recorded message.
    case voicemail
    /// A text message.
    case text
    /// An email.
    case email
    /// A letter or notice by mail.
    case letter
    /// In person, at home or at work.
    case inPerson = "in_person"
    /// A message on social media.
    case socialMedia = "social_media"
    /// Anything else.
    case other
}
