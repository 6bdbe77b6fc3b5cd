import CaseModel

/// One record of a batch input as its reader found it: numbered, with the case id when the reader
/// could see it, and the raw case data still to be validated (by a worker, in parallel).
public struct BatchRecord: Sendable {
    /// The raw case data.
    public enum Payload: Sendable {
        /// A CSV row as (dotted path, cell) pairs.
        case fields([(String, String)])
        /// A JSON line or a case file's text.
        case text(String, CaseFileFormat)
        /// Data that cannot be a case at all (a row with the wrong number of cells, say): why.
        case unreadable(String)
    }

    /// The record's number in the input, from 1, counting records only (not blank lines).
    public var number: Int
    /// The case id, read cheaply without validating the record; nil when absent.
    public var caseID: String?
    /// The case data.
    public var payload: Payload
    /// Where the record came from, for error reports: `line 12`, or a file name.
    public var source: String?

    /// Creates a record.
    public init(number: Int, caseID: String?, payload: Payload, source: String? = nil) {
        self.number = number
        self.caseID = caseID
        self.payload = payload
        self.source = source
    }
}

/// A reader that yields a batch's records one at a time, so the input is never held whole.
public protocol RecordSource {
    /// The next record, or nil at the end; throws only when the input itself cannot be read.
    mutating func next() throws(BatchInputError) -> BatchRecord?
}

/// Why an input could not be read at all (a bad record is not this: it goes to `errors.jsonl`).
public enum BatchInputError: Error, Sendable, CustomStringConvertible {
    /// The file or folder does not exist or cannot be opened.
    case cannotOpen(path: String, reason: String)
    /// Reading failed part way.
    case unreadable(path: String, reason: String)
    /// The CSV header row is missing or has an empty or repeated column name.
    case badHeader(String)
    /// The input's kind cannot be told from its name.
    case unknownKind(path: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): return "\(path): cannot open: \(reason)"
        case let .unreadable(path, reason): return "\(path): cannot read: \(reason)"
        case let .badHeader(reason): return "CSV header: \(reason)"
        case let .unknownKind(path):
            return "\(path): not a folder, .csv, .jsonl or .ndjson file (use - for JSON Lines on standard input)"
        }
    }
}
