import CSV
import Foundation

extension CSVRecordReader {
    /// Streams the CSV file at `path` (UTF-8, with or without a byte-order mark; LF or CRLF).
    public init(path: String) throws(BatchInputError) {
        guard let stream = InputStream(fileAtPath: path) else {
            throw .cannotOpen(path: path, reason: "no such file")
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true)
        } catch CSVError.cannotReadHeaderRow {
            throw .badHeader("\(path) is empty")
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        try self.init(reader: reader, path: path)
    }
}
