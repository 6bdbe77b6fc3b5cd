import Foundation

/// The languages Redress writes documents in.
public enum CaseLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    /// English.
    case en
    /// Spanish.
    case es

    /// Recognises a code or a name as a person might write it ("es", "Spanish", "Español"); nil otherwise.
    public init?(matching text: String) {
        switch text.lowercased().trimmingCharacters(in: .whitespaces) {
        case "en", "eng", "english", "inglés", "ingles": self = .en
        case "es", "spa", "spanish", "español", "espanol", "castellano": self = .es
        default: return nil
        }
    }
}
