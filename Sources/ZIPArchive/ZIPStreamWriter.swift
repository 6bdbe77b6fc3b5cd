/// Writes a ZIP archive entry by entry through a sink, keeping only the central directory in
/// memory, so that an archive of a whole batch never has to fit in memory.
///
/// Deterministic like ``ZIPWriter`` (entries in the order added, every timestamp 1980-01-01, no
/// extra fields, UTF-8 names), and byte for byte the same as `ZIPWriter` for the same entries while
/// the archive stays under 65,535 entries and 4 GiB. Past those limits it switches to ZIP64 records
/// (the count and the directory's place in a ZIP64 end record, large offsets in a ZIP64 extra field).
public struct ZIPStreamWriter<Sink: ZIPStreamSink> {
    /// The sink, holding everything written so far.
    public private(set) var sink: Sink
    private var directory: [UInt8] = []
    private var count = 0
    private var offset: UInt64 = 0
    private var needsZIP64 = false

    /// Starts an archive that writes into `sink`.
    public init(sink: Sink) {
        self.sink = sink
    }

    /// The number of entries written so far.
    public var entryCount: Int { count }

    /// Compresses (when `method` is `.deflate`) and writes one file.
    public mutating func add(path: String, contents: [UInt8], method: CompressionMethod = .deflate) throws {
        try add(ZIPWriter.PreparedEntry(path: path, contents: contents, method: method))
    }

    /// Writes one prepared entry: its local header and data now, its central record later.
    public mutating func add(_ entry: ZIPWriter.PreparedEntry) throws {
        var header: [UInt8] = []
        header.reserveCapacity(ZIPFormat.localHeaderSize + entry.nameBytes.count)
        header.appendLE(ZIPFormat.localHeaderSignature)
        ZIPFormat.appendCommonFields(of: entry, to: &header)
        header.appendLE(UInt16(0))  // extra field length
        header.append(contentsOf: entry.nameBytes)
        try sink.write(header)
        try sink.write(entry.data)

        let bigOffset = offset >= 0xFFFF_FFFF
        directory.appendLE(ZIPFormat.centralHeaderSignature)
        directory.appendLE(UInt16(bigOffset ? 45 : 20))  // made by: MS-DOS host, spec 2.0 (4.5 for ZIP64)
        ZIPFormat.appendCommonFields(of: entry, to: &directory, zip64: bigOffset)
        directory.appendLE(UInt16(bigOffset ? 12 : 0))  // extra field length
        directory.appendLE(UInt16(0))  // comment length
        directory.appendLE(UInt16(0))  // disk number
        directory.appendLE(UInt16(0))  // internal attributes
        directory.appendLE(UInt32(0))  // external attributes
        directory.appendLE(bigOffset ? UInt32.max : UInt32(offset))
        directory.append(contentsOf: entry.nameBytes)
        if bigOffset {
            directory.appendLE(UInt16(0x0001))  // ZIP64 extended information
            directory.appendLE(UInt16(8))
            directory.appendLE64(offset)
            needsZIP64 = true
        }
        offset += UInt64(header.count + entry.data.count)
        count += 1
    }

    /// Writes the central directory and the end records, and hands back the sink.
    public mutating func finish() throws -> Sink {
        let directoryStart = offset
        try sink.write(directory)
        let directorySize = UInt64(directory.count)
        directory = []
        var end: [UInt8] = []
        let zip64 = needsZIP64 || count > Int(UInt16.max) || directoryStart >= 0xFFFF_FFFF || directorySize >= 0xFFFF_FFFF
        if zip64 {
            let recordOffset = directoryStart + directorySize
            end.appendLE(UInt32(0x0606_4B50))  // ZIP64 end of central directory record
            end.appendLE64(44)
            end.appendLE(UInt16(45))
            end.appendLE(UInt16(45))
            end.appendLE(UInt32(0))
            end.appendLE(UInt32(0))
            end.appendLE64(UInt64(count))
            end.appendLE64(UInt64(count))
            end.appendLE64(directorySize)
            end.appendLE64(directoryStart)
            end.appendLE(ZIPFormat.zip64EndOfCentralDirectoryLocatorSignature)
            end.appendLE(UInt32(0))
            end.appendLE64(recordOffset)
            end.appendLE(UInt32(1))
        }
        end.appendLE(ZIPFormat.endOfCentralDirectorySignature)
        end.appendLE(UInt16(0))  // this disk
        end.appendLE(UInt16(0))  // disk with the directory
        end.appendLE(zip64 ? UInt16.max : UInt16(count))
        end.appendLE(zip64 ? UInt16.max : UInt16(count))
        end.appendLE(zip64 ? UInt32.max : UInt32(directorySize))
        end.appendLE(zip64 ? UInt32.max : UInt32(directoryStart))
        end.appendLE(UInt16(0))  // comment length
        try sink.write(end)
        return sink
    }
}

extension Array where Element == UInt8 {
    /// Appends `value` little-endian.
    @inline(__always) mutating func appendLE64(_ value: UInt64) {
        appendLE(UInt32(truncatingIfNeeded: value))
        appendLE(UInt32(truncatingIfNeeded: value >> 32))
    }
}
