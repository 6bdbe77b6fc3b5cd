/// Where a ``ZIPStreamWriter`` sends its bytes, in order: a file, a socket, or memory.
public protocol ZIPStreamSink {
    /// Takes the next bytes of the archive.
    mutating func write(_ bytes: [UInt8]) throws
}

extension Array: ZIPStreamSink where Element == UInt8 {
    /// Appends the bytes: an archive built in memory (for tests and small archives).
    public mutating func write(_ bytes: [UInt8]) {
        append(contentsOf: bytes)
    }
}
