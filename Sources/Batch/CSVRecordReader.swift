import CSV
import Foundation

/// Reads a CSV whose header row names dotted field paths (`debtor.name`, `income[0].source`), one
/// case per row, streaming. Rows whose cells are all empty are skipped (and not numbered).
///
/// Lines come from a ``LineSource``, which checks each line's UTF-8 and length and numbers it; a
/// row (one line, or several when a quoted cell holds line breaks) is then parsed by CSV.swift. So
/// a byte that is not UTF-8 makes its row a bad record with its true line number, never a phantom
/// row or a lost file.
public struct CSVRecordReader: RecordSource {
    /// The most columns a header may name.
    public static let maxColumns = 2_000
    /// The longest row, in bytes, over all its lines.
    public static let maxRowBytes = 16 << 20

    private var lines: any LineSource
    private let header: [String]
    private let idColumn: Int?
    private var number = 0

    /// Reads rows from CSV text (a leading byte-order mark is ignored).
    public init(text: String) throws(BatchInputError) {
        try self.init(lines: TextLines(text))
    }

    /// Reads the header row from `lines`, then rows on demand.
    init(lines: any LineSource) throws(BatchInputError) {
        var lines = lines
        var header: [String]?
        while header == nil {
            guard let row = try Self.row(from: &lines) else { throw .badHeader("the input is empty") }
            switch row.cells {
            case .failure(let reason): throw .badHeader("line \(row.line): \(reason.message)")
            case .success(let cells): if !cells.allSatisfy(\.isEmpty) { header = cells.map { $0.trimmingCharacters(in: .whitespaces) } }
            }
        }
        let names = header ?? []
        if names.count > Self.maxColumns { throw .badHeader("the header has \(names.count) columns; the limit is \(Self.maxColumns)") }
        if let blank = names.firstIndex(of: "") { throw .badHeader("column \(blank + 1) has no name") }
        var seen: Set<String> = []
        for name in names where !seen.insert(name).inserted { throw .badHeader("column '\(name)' appears twice") }
        self.lines = lines
        self.header = names
        self.idColumn = names.firstIndex(of: "id")
    }

    /// The next non-blank row as a record, its source the line it starts on.
    public mutating func next() throws(BatchInputError) -> BatchRecord? {
        while let row = try Self.row(from: &lines) {
            let source = "line \(row.line)"
            let cells: [String]
            switch row.cells {
            case .failure(let reason):
                number += 1
                return BatchRecord(number: number, caseID: nil, payload: .unreadable(reason.message), source: source)
            case .success(let parsed):
                cells = parsed
            }
            if cells.allSatisfy(\.isEmpty) { continue }
            number += 1
            let id = idColumn.flatMap { $0 < cells.count ? cells[$0].trimmingCharacters(in: .whitespaces) : nil }
            let caseID = id?.isEmpty == false ? id : nil
            guard cells.count == header.count else {
                let reason = "the row has \(cells.count) cells; the header has \(header.count) columns"
                return BatchRecord(number: number, caseID: caseID, payload: .unreadable(reason), source: source)
            }
            return BatchRecord(number: number, caseID: caseID, payload: .fields(Array(zip(header, cells))), source: source)
        }
        return nil
    }
}

extension CSVRecordReader {
    /// One row as read: the line it starts on, and its cells or why it has none.
    struct Row {
        var line: Int
        var cells: Result<[String], Reason>
    }

    /// Why a row cannot be read.
    struct Reason: Error { var message: String }

    /// The next row: lines joined while a quoted cell is open (an odd number of `"` so far), then
    /// parsed; a problem line (not UTF-8, too long) makes the whole row a problem.
    static func row(from lines: inout any LineSource) throws(BatchInputError) -> Row? {
        var text = ""
        var quotes = 0
        var first: Int?
        var problem: String?
        while let (number, line) = try lines.nextLine() {
            if first == nil { first = number }
            switch line {
            case .text(var part):
                if number == 1, part.hasPrefix("\u{FEFF}") { part.removeFirst() }
                quotes += part.utf8.reduce(0) { $1 == UInt8(ascii: "\"") ? $0 + 1 : $0 }
                guard problem == nil else { break }
                if number != first { text += "\n" }
                text += part
                if text.utf8.count > maxRowBytes { problem = "the row is longer than \(maxRowBytes) bytes" }
            case .problem(let reason, let count):
                quotes += count
                if problem == nil { problem = number == first ? reason : "line \(number): \(reason)" }
            }
            if quotes % 2 == 0 { break }
        }
        guard let first else { return nil }
        if let problem {
            return Row(line: first, cells: .failure(Reason(message: problem)))
        }
        if text.utf8.last == 0x0D { text.removeLast() }
        if text.isEmpty { return Row(line: first, cells: .success([""])) }
        return Row(line: first, cells: parse(text))
    }

    /// The cells of one row's text, by CSV.swift.
    static func parse(_ text: String) -> Result<[String], Reason> {
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false)
            guard let cells = reader.next() else { return .failure(Reason(message: "the row could not be read as CSV")) }
            if reader.error != nil || reader.next() != nil {
                return .failure(Reason(message: "the row could not be read as CSV (a quote not closed?)"))
            }
            return .success(cells)
        } catch {
            return .failure(Reason(message: "the row could not be read as CSV: \(error)"))
        }
    }
}
