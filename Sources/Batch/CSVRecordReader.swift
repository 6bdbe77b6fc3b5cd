import CSV
import Foundation

/// Reads a CSV whose header row names dotted field paths (`debtor.name`, `income[0].source`), one
/// case per row, streaming. Rows whose cells are all empty are skipped (and not numbered).
public struct CSVRecordReader: RecordSource {
    private let reader: CSVReader
    private let header: [String]
    private let idColumn: Int?
    private let path: String
    /// The file being read, to tell its end from a failed read; nil for text in memory.
    private let input: (stream: InputStream, path: String)?
    private var number = 0
    /// The physical line the next row starts on.
    private var line: Int

    /// Reads rows from CSV text (a leading byte-order mark is ignored).
    public init(text: String) throws(BatchInputError) {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let reader: CSVReader
        do { reader = try CSVReader(string: body, hasHeaderRow: true) } catch {
            throw .badHeader("the input is empty")
        }
        try self.init(reader: reader, path: "CSV")
    }

    /// Wraps a CSV.swift reader whose header row has been read; `input` is the file's stream.
    init(reader: CSVReader, path: String, input: InputStream? = nil) throws(BatchInputError) {
        let raw = reader.headerRow ?? []
        let header = raw.map { $0.trimmingCharacters(in: .whitespaces) }
        if header.isEmpty || header == [""] { throw .badHeader("the header row is empty") }
        if let blank = header.firstIndex(of: "") { throw .badHeader("column \(blank + 1) has no name") }
        var seen: Set<String> = []
        for name in header where !seen.insert(name).inserted { throw .badHeader("column '\(name)' appears twice") }
        self.reader = reader
        self.header = header
        self.idColumn = header.firstIndex(of: "id")
        self.path = path
        self.input = input.map { ($0, path) }
        self.line = 1 + Self.lines(in: raw)
    }

    /// The next non-blank row as a record, its source the line it starts on.
    public mutating func next() throws(BatchInputError) -> BatchRecord? {
        while let row = reader.next() {
            let first = line
            line += Self.lines(in: row)
            if row.allSatisfy({ $0.isEmpty }) { continue }
            number += 1
            let source = "line \(first)"
            let id = idColumn.flatMap { $0 < row.count ? row[$0].trimmingCharacters(in: .whitespaces) : nil }
            let caseID = id?.isEmpty == false ? id : nil
            guard row.count == header.count else {
                let reason = "the row has \(row.count) cells; the header has \(header.count) columns"
                return BatchRecord(number: number, caseID: caseID, payload: .unreadable(reason), source: source)
            }
            return BatchRecord(number: number, caseID: caseID, payload: .fields(Array(zip(header, row))), source: source)
        }
        // On Linux, Foundation's InputStream keeps `hasBytesAvailable` true at the end of a file,
        // so CSV.swift 2.5.2 tries one more read and records `cannotReadFile` after every file's
        // last byte. That error is the end only when every byte of the file has been read; any
        // other error (bad UTF-8, a stream error, a file that shrank) is not.
        if let error = reader.error {
            guard Self.isEndOfFile(error), input.map({ Self.readToEnd($0.stream, path: $0.path) }) ?? true else {
                throw .unreadable(path: path, reason: Self.isEndOfFile(error) ? "the file could not be read to its end" : "\(error)")
            }
        }
        return nil
    }

    /// The physical lines a row spans: one, plus the line breaks inside its quoted cells.
    static func lines(in row: [String]) -> Int {
        var breaks = 0
        for cell in row {
            for byte in cell.utf8 where byte == 0x0A || byte == 0x0D { breaks += 1 }
            // A CRLF inside a cell is one break, counted once.
            var previous: UInt8 = 0
            for byte in cell.utf8 {
                if byte == 0x0A, previous == 0x0D { breaks -= 1 }
                previous = byte
            }
        }
        return 1 + breaks
    }

    /// Whether CSV.swift's error is its end-of-file report.
    static func isEndOfFile(_ error: any Error) -> Bool {
        if case CSVError.cannotReadFile = error { return true }
        return false
    }
}
