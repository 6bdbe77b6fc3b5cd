/// Constants of the ZIP file format (PKWARE APPNOTE 6.3) that the writer and the reader share.
enum ZIPFormat {
    static let localHeaderSignature: UInt32 = 0x0403_4B50
    static let centralHeaderSignature: UInt32 = 0x0201_4B50
    static let endOfCentralDirectorySignature: UInt32 = 0x0605_4B50
    static let zip64EndOfCentralDirectoryLocatorSignature: UInt32 = 0x0706_4B50
    static let localHeaderSize = 30
    static let centralHeaderSize = 46
    static let endOfCentralDirectorySize = 22
    /// General-purpose flag bit 11: the entry name is UTF-8.
    static let utf8Flag: UInt16 = 1 << 11
    /// General-purpose flag bit 0: the entry is encrypted.
    static let encryptedFlag: UInt16 = 1
    /// 1980-01-01 00:00:00 in MS-DOS form, the earliest a ZIP can express: a fixed stamp keeps
    /// the bytes independent of the clock.
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    /// The fields local and central headers share, from "version needed" to the name length; the one
    /// copy both writers use, so the in-memory and streaming archives stay byte-identical.
    static func appendCommonFields(of entry: ZIPWriter.PreparedEntry, to out: inout [UInt8], zip64: Bool = false) {
        out.appendLE(UInt16(zip64 ? 45 : entry.method == .deflate ? 20 : 10))  // version needed
        out.appendLE(ZIPFormat.utf8Flag)
        out.appendLE(entry.method.rawValue)
        out.appendLE(ZIPFormat.dosTime)
        out.appendLE(ZIPFormat.dosDate)
        out.appendLE(entry.crc32)
        out.appendLE(UInt32(entry.data.count))
        out.appendLE(entry.uncompressedSize)
        out.appendLE(UInt16(entry.nameBytes.count))
    }
}

extension Array where Element == UInt8 {
    /// Appends `value` little-endian.
    @inline(__always) mutating func appendLE(_ value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    /// Appends `value` little-endian.
    @inline(__always) mutating func appendLE(_ value: UInt32) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
        append(UInt8(truncatingIfNeeded: value >> 16))
        append(UInt8(truncatingIfNeeded: value >> 24))
    }

    /// The little-endian `UInt16` at `offset`; the caller has checked the bounds.
    @inline(__always) func readLE16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    /// The little-endian `UInt32` at `offset`; the caller has checked the bounds.
    @inline(__always) func readLE32(at offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16
            | UInt32(self[offset + 3]) << 24
    }
}
