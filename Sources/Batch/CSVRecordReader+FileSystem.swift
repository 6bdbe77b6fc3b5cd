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
        try self.init(reader: reader, path: path, input: stream)
    }

    /// Whether `stream` has read as many bytes as the file at `path` holds (a pipe, whose size is
    /// unknown, counts as read to its end).
    static func readToEnd(_ stream: InputStream, path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return true }
        guard let offset = stream.property(forKey: .fileCurrentOffsetKey) as? NSNumber else { return false }
        return offset.intValue == Int(info.st_size)
    }
}
