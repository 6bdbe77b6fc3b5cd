/// Where a resumed batch picks up: the last record its journal proves finished, the sizes of the
/// manifest and errors file at that moment, and finished records whose files have gone missing.
struct ResumePoint: Sendable {
    /// The last finished record's number (0: none).
    var lastRecord = 0
    /// The manifest's size after that record.
    var manifestBytes: Int
    /// The errors file's size after that record.
    var errorsBytes = 0
    /// The journal's size up to and including that record's line.
    var journalBytes = 0
    /// Finished records that had errors (lines in the kept errors file).
    var failedRecords = 0
    /// Folders of finished records with a listed file missing or of the wrong size: rendered again.
    var repairFolders: Set<String> = []

    /// One parsed journal line.
    struct Entry: Equatable {
        var record: Int
        var manifestBytes: Int
        var errorsBytes: Int
        var end: Int
    }

    /// The complete, well-formed lines of a journal, in order (after its settings line, if any).
    static func entries(inJournal bytes: [UInt8]) -> [Entry] {
        var entries: [Entry] = []
        var lineStart = 0
        if bytes.first == UInt8(ascii: "#"), let end = bytes.firstIndex(of: UInt8(ascii: "\n")) { lineStart = end + 1 }
        for (i, byte) in bytes.enumerated() where i >= lineStart && byte == UInt8(ascii: "\n") {
            let fields = bytes[lineStart..<i].split(separator: UInt8(ascii: " ")).map { Int(String(decoding: $0, as: UTF8.self)) }
            lineStart = i + 1
            guard fields.count == 3, let r = fields[0], let m = fields[1], let e = fields[2] else { break }
            entries.append(Entry(record: r, manifestBytes: m, errorsBytes: e, end: i + 1))
        }
        return entries
    }
}
