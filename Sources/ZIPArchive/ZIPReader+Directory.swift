extension ZIPReader {
    /// Where the central directory lies and how many entries it declares.
    struct DirectoryLocation {
        var offset: Int
        var end: Int
        var count: Int
    }

    /// Finds the end-of-central-directory record (searching back over a possible comment).
    static func locateCentralDirectory(in bytes: [UInt8]) throws(Error) -> DirectoryLocation {
        let size = ZIPFormat.endOfCentralDirectorySize
        guard bytes.count >= size else { throw .notAZIPArchive }
        let lowest = max(0, bytes.count - size - Int(UInt16.max))
        var position = bytes.count - size
        while position >= lowest, bytes.readLE32(at: position) != ZIPFormat.endOfCentralDirectorySignature {
            position -= 1
        }
        guard position >= lowest else { throw .notAZIPArchive }
        if position >= 20, bytes.readLE32(at: position - 20) == ZIPFormat.zip64EndOfCentralDirectoryLocatorSignature {
            throw .zip64Unsupported
        }
        guard bytes.readLE16(at: position + 4) == 0, bytes.readLE16(at: position + 6) == 0,
            bytes.readLE16(at: position + 8) == bytes.readLE16(at: position + 10)
        else {
            throw .multiDiskUnsupported
        }
        let count = Int(bytes.readLE16(at: position + 10))
        let directorySize = Int(bytes.readLE32(at: position + 12))
        let directoryOffset = Int(bytes.readLE32(at: position + 16))
        guard directoryOffset + directorySize <= position else { throw .truncated("central directory") }
        return DirectoryLocation(offset: directoryOffset, end: directoryOffset + directorySize, count: count)
    }

    /// Reads the central header at `offset` (advancing it) and the local header it points to.
    static func readCentralHeader(
        in bytes: [UInt8], at offset: inout Int, index: Int, directoryEnd: Int
    ) throws(Error) -> Entry {
        let start = offset
        guard start + ZIPFormat.centralHeaderSize <= directoryEnd,
            bytes.readLE32(at: start) == ZIPFormat.centralHeaderSignature
        else {
            throw .truncated("central directory entry \(index + 1)")
        }
        let flags = bytes.readLE16(at: start + 8)
        let methodCode = bytes.readLE16(at: start + 10)
        let crc = bytes.readLE32(at: start + 16)
        let compressedSize = Int(bytes.readLE32(at: start + 20))
        let uncompressedSize = Int(bytes.readLE32(at: start + 24))
        let nameLength = Int(bytes.readLE16(at: start + 28))
        let extraLength = Int(bytes.readLE16(at: start + 30))
        let commentLength = Int(bytes.readLE16(at: start + 32))
        let localOffset = Int(bytes.readLE32(at: start + 42))
        let nameStart = start + ZIPFormat.centralHeaderSize
        offset = nameStart + nameLength + extraLength + commentLength
        guard offset <= directoryEnd else { throw .truncated("central directory entry \(index + 1)") }
        guard let path = String(validating: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self) else {
            throw .invalidPathEncoding(entry: index + 1)
        }
        guard Self.isSafe(path: path) else { throw .unsafePath(path) }
        guard flags & ZIPFormat.encryptedFlag == 0 else { throw .encrypted(path) }
        guard let method = CompressionMethod(rawValue: methodCode) else { throw .unsupportedMethod(path, method: methodCode) }
        if compressedSize == Int(UInt32.max) || uncompressedSize == Int(UInt32.max) || localOffset == Int(UInt32.max) {
            throw .zip64Unsupported
        }
        // The local header repeats the name and may carry a different extra field: its own lengths
        // say where the data starts.
        guard localOffset + ZIPFormat.localHeaderSize <= bytes.count,
            bytes.readLE32(at: localOffset) == ZIPFormat.localHeaderSignature
        else {
            throw .badLocalHeader(path)
        }
        let dataOffset =
            localOffset + ZIPFormat.localHeaderSize
            + Int(bytes.readLE16(at: localOffset + 26)) + Int(bytes.readLE16(at: localOffset + 28))
        guard dataOffset + compressedSize <= bytes.count else { throw .truncated(path) }
        return Entry(
            path: path, method: method, crc32: crc, compressedSize: compressedSize,
            uncompressedSize: uncompressedSize, dataOffset: dataOffset)
    }

    /// Whether `path` stays inside the folder it is extracted to: not absolute (`/x`, `\x`, `C:x`),
    /// no `..` component under either separator, no control character (NUL, line feed, ESC, C1).
    static func isSafe(path: String) -> Bool {
        guard !path.isEmpty, !path.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) else { return false }
        let utf8 = Array(path.utf8)
        if utf8[0] == UInt8(ascii: "/") || utf8[0] == UInt8(ascii: "\\") { return false }
        if utf8.count >= 2, utf8[1] == UInt8(ascii: ":") { return false }
        let components = path.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }
        return !components.contains("..")
    }
}
