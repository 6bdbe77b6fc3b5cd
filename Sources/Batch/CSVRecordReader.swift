import CSV
import Foundation

/// Reads a CSV whose header row names dotted field paths (`debtor.name`, `income[0].source`), one
/// case per row, streaming. Rows whose cells are all empty are skipped (and not numbered).
public struct CSVRecordReader: RecordSource {
    private let reader: CSVReader
    private let header: [String]
    private let idColumn: Int?
    private let path: String
    private var number = 0

    /// Reads rows from CSV text (a leading byte-order mark is ignored).
    public init(text: String) throws(BatchInputError) {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let reader: CSVReader
        do { reader = try CSVReader(string: body, hasHeaderRow: true) } catch {
            throw .badHeader("the input is empty")
        }
        try self.init(reader: reader, path: "CSV")
    }

    /// Wraps a CSV.swift reader whose header row has been read.
    init(reader: CSVReader, path: String) throws(BatchInputError) {
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        if header.isEmpty || header == [""] { throw .badHeader("the header row is empty") }
        if let blank = header.firstIndex(of: "") { throw .badHeader("column \(blank + 1) has no name") }
        var seen: Set<String> = []
        for name in header where !seen.insert(name).inserted { throw .badHeader("column '\(name)' appears twice") }
        self.reader = reader
        self.header = header
        self.idColumn = header.firstIndex(of: "id")
        self.path = path
    }

    /// The next non-blank row as a record.
    public mutating func next() throws(BatchInputError) -> BatchRecord? {
        while let row = reader.next() {
            if row.allSatisfy({ $0.isEmpty }) { continue }
            number += 1
            let id = idColumn.flatMap { $0 < row.count ? row[$0].trimmingCharacters(in: .whitespaces) : nil }
            let caseID = id?.isEmpty == false ? id : nil
            guard row.count == header.count else {
                let reason = "the row has \(row.count) cells; the header has \(header.count) columns"
                return BatchRecord(number: number, caseID: caseID, payload: .unreadable(reason))
            }
            return BatchRecord(number: number, caseID: caseID, payload: .fields(Array(zip(header, row))))
        }
        // On Linux, Foundation's InputStream keeps `hasBytesAvailable` true at the end of a file,
        // so CSV.swift 2.5.2 tries one more read and records `cannotReadFile` after every file's
        // last byte. That error is the end of input; any other (bad UTF-8, a stream error) is not.
        if let error = reader.error, !Self.isEndOfFile(error) { throw .unreadable(path: path, reason: "\(error)") }
        return nil
    }

    /// Whether CSV.swift's error is its spurious end-of-file report.
    static func isEndOfFile(_ error: any Error) -> Bool {
        if case CSVError.cannotReadFile = error { return true }
        return false
    }
}
