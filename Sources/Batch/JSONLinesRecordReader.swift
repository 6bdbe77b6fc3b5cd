import CaseModel

/// Reads JSON Lines: one case per line as a JSON object, streaming. Blank lines are skipped (and
/// not numbered); a line that is not valid JSON (or not UTF-8, or too long) is a bad record,
/// reported with its line number.
public struct JSONLinesRecordReader: RecordSource {
    /// Where the lines come from: a file read in chunks, or text in memory.
    private var lines: any LineSource
    private var number = 0

    /// Reads records from the lines of `text`.
    public init(text: String) {
        self.lines = TextLines(text)
    }

    /// Reads records from any source of lines.
    init(lines: any LineSource) {
        self.lines = lines
    }

    /// The next non-blank line as a record.
    public mutating func next() throws(BatchInputError) -> BatchRecord? {
        while let (lineNumber, line) = try lines.nextLine() {
            if line.isBlank(lineNumber: lineNumber) { continue }
            number += 1
            switch line {
            case .problem(let reason, _):
                return BatchRecord(number: number, caseID: nil, payload: .unreadable(reason), source: "line \(lineNumber)")
            case .text(var text):
                if lineNumber == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                // A carriage return is one byte and never part of a grapheme with what precedes it
                // (CR LF is, but the line feed is gone), so the byte test equals hasSuffix("\r").
                if text.utf8.last == 0x0D { text.removeLast() }
                return BatchRecord(
                    number: number, caseID: CaseParser.caseID(in: text, format: .json), payload: .text(text, .json),
                    source: "line \(lineNumber)")
            }
        }
        return nil
    }
}

/// A source of text lines without their line feeds, numbered from 1.
protocol LineSource {
    /// The next line and its number, or nil at the end.
    mutating func nextLine() throws(BatchInputError) -> (Int, Line)?
}

/// One line as read: its text without the line feed, or why it cannot be a record.
enum Line {
    /// The line's text.
    case text(String)
    /// Not UTF-8, or too long to keep: why, and how many `"` bytes it held (a CSV reader needs
    /// that to tell whether a quoted cell goes on to the next line; a byte 0x22 is never part of a
    /// multi-byte UTF-8 sequence, so the count is right even in bytes that are not UTF-8).
    case problem(String, quotes: Int = 0)

    /// Whether the line holds nothing but spaces and tabs (and a byte-order mark on line 1, and a
    /// carriage return at the end); a problem line is not blank.
    func isBlank(lineNumber: Int) -> Bool {
        guard case .text(let text) = self else { return false }
        // On bytes: a case line starts with `{`, so this usually stops at the first byte.
        var body = text.utf8[...]
        if lineNumber == 1, body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.last == 0x0D { body = body.dropLast() }
        return body.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}

/// The lines of a string in memory.
struct TextLines: LineSource {
    private var remaining: Substring
    private var number = 0

    init(_ text: String) {
        remaining = Substring(text)
    }

    mutating func nextLine() -> (Int, Line)? {
        guard !remaining.isEmpty else { return nil }
        number += 1
        if let newline = remaining.utf8.firstIndex(of: UInt8(ascii: "\n")) {
            let line = String(remaining[..<newline])
            remaining = remaining[remaining.utf8.index(after: newline)...]
            return (number, .text(line))
        }
        defer { remaining = "" }
        return (number, .text(String(remaining)))
    }
}
