/// Builds a ZIP archive in memory, deterministically: entries in insertion order, every timestamp
/// 1980-01-01 00:00:00, no extra fields, UTF-8 names. The same entries always give the same bytes.
///
/// Archives are limited to the classic (non-ZIP64) format: under 4 GiB and 65,535 entries.
public struct ZIPWriter: Sendable {
    private var entries: [PreparedEntry] = []

    /// Creates an empty archive; `capacity` is the number of entries expected.
    public init(capacity: Int = 0) {
        entries.reserveCapacity(capacity)
    }

    /// Adds a file, compressing it now when `method` is `.deflate`.
    public mutating func add(path: String, contents: [UInt8], method: CompressionMethod = .deflate) {
        entries.append(PreparedEntry(path: path, contents: contents, method: method))
    }

    /// Adds an entry compressed earlier, so that parts that never change are compressed once.
    public mutating func add(_ entry: PreparedEntry) {
        entries.append(entry)
    }

    /// The paths added so far, in order.
    public var paths: [String] { entries.map(\.path) }

    /// The archive's bytes: local headers and data, then the central directory.
    public func finish() -> [UInt8] {
        precondition(entries.count <= Int(UInt16.max), "ZIPWriter supports at most 65,535 entries")
        var size = ZIPFormat.endOfCentralDirectorySize
        for entry in entries {
            size += ZIPFormat.localHeaderSize + ZIPFormat.centralHeaderSize + 2 * entry.nameBytes.count + entry.data.count
        }
        precondition(size <= Int(UInt32.max), "ZIPWriter does not write ZIP64 archives (over 4 GiB)")
        var out: [UInt8] = []
        out.reserveCapacity(size)
        var offsets: [UInt32] = []
        offsets.reserveCapacity(entries.count)
        for entry in entries {
            offsets.append(UInt32(out.count))
            out.appendLE(ZIPFormat.localHeaderSignature)
            ZIPFormat.appendCommonFields(of: entry, to: &out)
            out.appendLE(UInt16(0))  // extra field length
            out.append(contentsOf: entry.nameBytes)
            out.append(contentsOf: entry.data)
        }
        let directoryStart = out.count
        for (entry, offset) in zip(entries, offsets) {
            out.appendLE(ZIPFormat.centralHeaderSignature)
            out.appendLE(UInt16(20))  // made by: MS-DOS host, spec 2.0
            ZIPFormat.appendCommonFields(of: entry, to: &out)
            out.appendLE(UInt16(0))  // extra field length
            out.appendLE(UInt16(0))  // comment length
            out.appendLE(UInt16(0))  // disk number
            out.appendLE(UInt16(0))  // internal attributes
            out.appendLE(UInt32(0))  // external attributes
            out.appendLE(offset)
            out.append(contentsOf: entry.nameBytes)
        }
        let directorySize = out.count - directoryStart
        out.appendLE(ZIPFormat.endOfCentralDirectorySignature)
        out.appendLE(UInt16(0))  // this disk
        out.appendLE(UInt16(0))  // disk with the directory
        out.appendLE(UInt16(entries.count))
        out.appendLE(UInt16(entries.count))
        out.appendLE(UInt32(directorySize))
        out.appendLE(UInt32(directoryStart))
        out.appendLE(UInt16(0))  // comment length
        return out
    }
}
