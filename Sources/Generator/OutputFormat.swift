import Foundation

/// A file format Redress writes.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// Plain UTF-8 text, wrapped at 78 columns.
    case txt
    /// One standalone HTML5 file with a print stylesheet.
    case html
    /// A WordprocessingML document for Word and LibreOffice.
    case docx

    /// The file name extension, without the dot.
    public var fileExtension: String { rawValue }

    /// Parses a comma-separated list such as `txt,html,docx`; nil for an unknown name.
    public static func list(parsing text: String) -> [OutputFormat]? {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",") {
            guard let f = OutputFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
            if !formats.contains(f) { formats.append(f) }
        }
        return formats.isEmpty ? nil : formats
    }
}
