extension ZIPWriter {
    /// An entry whose bytes are already compressed and checksummed, ready to be added to any number
    /// of archives: build it once (a `static let`) for a part that never changes.
    public struct PreparedEntry: Sendable, Hashable {
        /// The entry's path inside the archive, with `/` separators.
        public let path: String
        /// How `data` is stored.
        public let method: CompressionMethod
        /// The CRC-32 of the uncompressed contents.
        public let crc32: UInt32
        /// The size of the uncompressed contents.
        public let uncompressedSize: UInt32
        /// The stored bytes (deflated when `method` is `.deflate`).
        public let data: [UInt8]
        /// The path as UTF-8, computed once.
        let nameBytes: [UInt8]

        /// Compresses and checksums `contents` now.
        public init(path: String, contents: [UInt8], method: CompressionMethod = .deflate) {
            precondition(contents.count <= Int(UInt32.max), "ZIPWriter does not write ZIP64 entries (over 4 GiB)")
            self.path = path
            self.method = method
            self.crc32 = CRC32.checksum(contents)
            self.uncompressedSize = UInt32(contents.count)
            self.data = method == .deflate ? Deflate.compress(contents) : contents
            self.nameBytes = Array(path.utf8)
            precondition(nameBytes.count <= Int(UInt16.max), "ZIP entry names are at most 65,535 bytes")
        }

        /// An entry from bytes stored elsewhere, copied verbatim (see ``ZIPReader/preparedEntry(for:)``).
        init(path: String, method: CompressionMethod, crc32: UInt32, uncompressedSize: UInt32, data: [UInt8]) {
            self.path = path
            self.method = method
            self.crc32 = crc32
            self.uncompressedSize = uncompressedSize
            self.data = data
            self.nameBytes = Array(path.utf8)
        }

        /// Compresses and checksums the UTF-8 of `text` now.
        public init(path: String, text: String, method: CompressionMethod = .deflate) {
            self.init(path: path, contents: Array(text.utf8), method: method)
        }
    }
}
