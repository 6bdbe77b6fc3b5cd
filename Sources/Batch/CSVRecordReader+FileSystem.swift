extension CSVRecordReader {
    /// Streams the CSV file at `path` (UTF-8, with or without a byte-order mark; LF or CRLF).
    public init(path: String, maxLineBytes: Int = 16 << 20) throws(BatchInputError) {
        do {
            try self.init(lines: FileLines(path: path, maxLineBytes: maxLineBytes))
        } catch .badHeader(let reason) {
            throw .badHeader("\(path): \(reason)")
        }
    }
}
