import Foundation

/// What a batch run was asked to do, written as the first line of its resume journal so that
/// `--resume` can refuse to finish a run with other options (or another input) than it began with:
/// one batch must never mix two dates, two template versions or two sets of documents.
public struct BatchRunSettings: Sendable, Hashable, Codable {
    /// The input path as given.
    public var input: String
    /// The input file's size in bytes, or a folder's number of case files; nil for standard input.
    public var inputSize: Int?
    /// The date printed in documents and used for deadlines, `YYYY-MM-DD`.
    public var date: String
    /// The document ids asked for (empty: every document).
    public var documents: [String]
    /// The formats, such as `["txt", "docx"]`.
    public var formats: [String]
    /// The language for every case, or nil for each case's own.
    public var language: String?
    /// Whether missing values render as placeholders.
    public var draft: Bool
    /// Whether `--packet` was given.
    public var packet: Bool
    /// Whether `--force` was given (documents that do not apply are written anyway).
    public var force: Bool
    /// The intake summary's language (`--office-language`).
    public var officeLanguage: String
    /// `K/N`.
    public var shard: String
    /// SHA-256 of the template library (every template's path and text) or of `--docx-template`.
    public var templates: String

    /// Creates settings.
    public init(
        input: String, inputSize: Int?, date: String, documents: [String], formats: [String], language: String?,
        draft: Bool, packet: Bool, force: Bool = false, officeLanguage: String = "en", shard: String,
        templates: String
    ) {
        self.input = input
        self.inputSize = inputSize
        self.date = date
        self.documents = documents
        self.formats = formats
        self.language = language
        self.draft = draft
        self.packet = packet
        self.force = force
        self.officeLanguage = officeLanguage
        self.shard = shard
        self.templates = templates
    }

    /// The journal's first line marker.
    static let prefix = "#settings "

    /// The journal line, with its line feed: the marker and the settings as JSON with sorted keys.
    var journalLine: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return Self.prefix + json + "\n"
    }

    /// Parses a journal's first line (without its line feed); nil when it is not a settings line.
    init?(journalLine line: Substring) {
        guard line.hasPrefix(Self.prefix),
            let value = try? JSONDecoder().decode(Self.self, from: Data(line.dropFirst(Self.prefix.count).utf8))
        else { return nil }
        self = value
    }

    /// What differs from `earlier`, one phrase each (`date 2026-11-27, now 2026-11-28`).
    public func differences(from earlier: BatchRunSettings) -> [String] {
        var out: [String] = []
        func compare(_ name: String, _ then: String, _ now: String) {
            if then != now { out.append("\(name) \(then), now \(now)") }
        }
        let list = { (items: [String]) in items.isEmpty ? "(all)" : items.joined(separator: ",") }
        compare("input", earlier.input, input)
        compare("input size", earlier.inputSize.map(String.init) ?? "(unknown)", inputSize.map(String.init) ?? "(unknown)")
        compare("date", earlier.date, date)
        compare("documents", list(earlier.documents), list(documents))
        compare("formats", list(earlier.formats), list(formats))
        compare("language", earlier.language ?? "(each case's)", language ?? "(each case's)")
        compare("draft", String(earlier.draft), String(draft))
        compare("packet", String(earlier.packet), String(packet))
        compare("force", String(earlier.force), String(force))
        compare("office language", earlier.officeLanguage, officeLanguage)
        compare("shard", earlier.shard, shard)
        compare("templates", String(earlier.templates.prefix(12)), String(templates.prefix(12)))
        return out
    }
}
