/// Reads a ZIP archive held in memory, refusing anything unsafe before extracting a byte.
///
/// Opening checks the whole central directory against ``Limits`` (entry count, total declared
/// size, compression ratio) and refuses absolute paths and `..` components, so a zip bomb or a
/// path-traversal entry is an ``Error`` at `init`, never a crash or a runaway inflate. Extraction
/// inflates at most the declared size and verifies it and the CRC-32.
public struct ZIPReader: Sendable {
    /// The entries, in central-directory order.
    public let entries: [Entry]
    /// The limits the archive was checked against.
    public let limits: Limits
    private let bytes: [UInt8]

    /// Parses the central directory of `bytes` and checks every entry against `limits`.
    public init(_ bytes: [UInt8], limits: Limits = .default) throws(Error) {
        self.bytes = bytes
        self.limits = limits
        let directory = try Self.locateCentralDirectory(in: bytes)
        guard directory.count <= limits.maxEntries else {
            throw .tooManyEntries(count: directory.count, limit: limits.maxEntries)
        }
        var entries: [Entry] = []
        entries.reserveCapacity(directory.count)
        var seen = Set<String>()
        var total = 0
        var offset = directory.offset
        for index in 0..<directory.count {
            let entry = try Self.readCentralHeader(in: bytes, at: &offset, index: index, directoryEnd: directory.end)
            try limits.check(entry)
            guard seen.insert(entry.path).inserted else { throw .duplicatePath(entry.path) }
            total += entry.uncompressedSize
            guard total <= limits.maxTotalUncompressedSize else {
                throw .totalSizeExceeded(limit: limits.maxTotalUncompressedSize)
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The entry at `path`, if the archive has one.
    public func entry(atPath path: String) -> Entry? {
        entries.first { $0.path == path }
    }

    /// The uncompressed contents of the entry at `path`.
    public func contents(atPath path: String) throws(Error) -> [UInt8] {
        guard let entry = entry(atPath: path) else { throw .missingEntry(path) }
        return try contents(of: entry)
    }

    /// The uncompressed contents of `entry`, verified against its declared size and CRC-32.
    public func contents(of entry: Entry) throws(Error) -> [UInt8] {
        // An entry from another archive must not index out of this one.
        guard entry.dataOffset + entry.compressedSize <= bytes.count else { throw .missingEntry(entry.path) }
        let stored = Array(bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)])
        let output: [UInt8]
        switch entry.method {
        case .store:
            output = stored
        case .deflate:
            do {
                output = try Deflate.decompress(stored, maxOutputSize: entry.uncompressedSize)
            } catch .outputLimitExceeded {
                throw .sizeMismatch(entry.path, declared: entry.uncompressedSize)
            } catch {
                throw .corruptEntry(entry.path, reason: error.description)
            }
        }
        guard output.count == entry.uncompressedSize else { throw .sizeMismatch(entry.path, declared: entry.uncompressedSize) }
        guard CRC32.checksum(output) == entry.crc32 else { throw .checksumMismatch(entry.path) }
        return output
    }

    /// `entry` as it is stored, ready to be added to a ``ZIPWriter`` without inflating and
    /// deflating it again: parts of a user's .docx that are not changed pass through byte for byte.
    public func preparedEntry(for entry: Entry) throws(Error) -> ZIPWriter.PreparedEntry {
        guard entry.dataOffset + entry.compressedSize <= bytes.count else { throw .missingEntry(entry.path) }
        return ZIPWriter.PreparedEntry(
            path: entry.path, method: entry.method, crc32: entry.crc32, uncompressedSize: UInt32(entry.uncompressedSize),
            data: Array(bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)]))
    }
}
