import Foundation
import Generator

/// One line of `manifest.csv`: a file written, with its size and SHA-256.
public struct ManifestRow: Sendable, Hashable {
    /// The manifest's header line (with its line feed).
    public static let header = "case_id,document,format,language,path,bytes,sha256\n"

    /// The case id as given in the input (empty when it had none).
    public var caseID: String
    /// The template id.
    public var document: String
    /// `txt`, `html` or `docx`.
    public var format: String
    /// The document's language.
    public var language: String
    /// The path relative to the output folder, `/`-separated.
    public var path: String
    /// The file's size.
    public var bytes: Int
    /// The SHA-256 of the file, lowercase hex.
    public var sha256: String

    /// Creates a row.
    public init(caseID: String, document: String, format: String, language: String, path: String, bytes: Int, sha256: String) {
        self.caseID = caseID
        self.document = document
        self.format = format
        self.language = language
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
    }

    /// The row for a generated file, hashing its bytes.
    public init(file: GeneratedFile, caseID: String?) {
        self.init(
            caseID: caseID ?? "", document: file.documentID, format: file.format.rawValue, language: file.language,
            path: file.relativePath, bytes: file.bytes.count, sha256: SHA256.hex(of: file.bytes))
    }

    /// Parses a row from CSV cells; nil unless there are seven and `bytes` is a number. Undoes
    /// ``cell(_:)``'s formula guard.
    public init?(cells: [String]) {
        let cells = cells.map(Self.unguarded)
        guard cells.count == 7, let bytes = Int(cells[5]) else { return nil }
        self.init(
            caseID: cells[0], document: cells[1], format: cells[2], language: cells[3], path: cells[4],
            bytes: bytes, sha256: cells[6])
    }

    /// The CSV line (RFC 4180 quoting where needed), with its line feed.
    public var line: String {
        // Cell by cell into one string: the ledger writes a line per file of the batch.
        var out = ""
        out.reserveCapacity(caseID.utf8.count + path.utf8.count + document.utf8.count + 96)
        for text in [caseID, document, format, language, path] {
            Self.append(cell: text, to: &out)
            out += ","
        }
        Self.append(cell: String(bytes), to: &out)
        out += ","
        Self.append(cell: sha256, to: &out)
        out += "\n"
        return out
    }

    /// Appends ``cell(_:)`` of `text`, without a copy when the text needs neither guard nor quotes.
    static func append(cell text: String, to out: inout String) {
        if let first = text.utf8.first, isFormulaStart(first) { out += cell(text); return }
        out += needsQuotes(text) ? cell(text) : text
    }

    /// Whether a cell holds a comma, a quote or a line break, and so must be quoted.
    static func needsQuotes(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }

    /// A cell: guarded against formulas, then quoted when it holds a comma, quote or line break.
    ///
    /// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return
    /// before one) as a formula, and case ids come from outside: `=HYPERLINK(…)` would be a live
    /// link in Excel. Such a cell gets a `'` in front, which spreadsheets show as text. A cell that
    /// starts with `'` gets one more, so that ``unguarded(_:)`` can always undo it.
    static func cell(_ text: String) -> String {
        var text = text
        if let first = text.utf8.first, isFormulaStart(first) { text = "'" + text }
        guard needsQuotes(text) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A read cell without the `'` that ``cell(_:)`` put in front.
    static func unguarded(_ cell: String) -> String {
        cell.utf8.first == UInt8(ascii: "'") ? String(cell.dropFirst()) : cell
    }

    /// Whether `byte` makes a spreadsheet read a cell that starts with it as a formula (`=`, `+`,
    /// `-`, `@`, a tab or carriage return before one), or is the guard itself (`'`).
    static func isFormulaStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D, UInt8(ascii: "'"): return true
        default: return false
        }
    }
}
