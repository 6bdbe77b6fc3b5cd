extension ZIPReader {
    /// One file in the archive, as its central directory describes it.
    public struct Entry: Sendable, Hashable {
        /// The path inside the archive, with `/` separators (checked safe).
        public let path: String
        /// How the bytes are stored.
        public let method: CompressionMethod
        /// The CRC-32 of the uncompressed contents.
        public let crc32: UInt32
        /// The stored (compressed) size in bytes.
        public let compressedSize: Int
        /// The declared uncompressed size in bytes; extraction never produces more.
        public let uncompressedSize: Int
        /// Where the stored bytes start in the archive.
        let dataOffset: Int

        /// Whether the entry names a folder rather than a file.
        public var isDirectory: Bool { path.hasSuffix("/") }
    }
}
