extension ZIPWriter {
    /// An entry whose bytes are already compressed and checksummed, ready to be added to any number
    /// of archives: build it once (a `static let`) for a part that never changes.
    ///
    /// Its fields live in one shared, immutable object, so copying an entry costs one reference
    /// count instead of one per field.
    public struct PreparedEntry: Sendable, Hashable {
        private let storage: Storage

        /// The entry's path inside the archive, with `/` separators.
        public var path: String { storage.path }
        /// How `data` is stored.
        public var method: CompressionMethod { storage.method }
        /// The CRC-32 of the uncompressed contents.
        public var crc32: UInt32 { storage.crc32 }
        /// The size of the uncompressed contents.
        public var uncompressedSize: UInt32 { storage.uncompressedSize }
        /// The stored bytes (deflated when `method` is `.deflate`).
        public var data: [UInt8] { storage.data }
        /// The path as UTF-8, computed once.
        var nameBytes: [UInt8] { storage.nameBytes }

        /// Compresses and checksums `contents` now.
        public init(path: String, contents: [UInt8], method: CompressionMethod = .deflate) {
            precondition(contents.count <= Int(UInt32.max), "ZIPWriter does not write ZIP64 entries (over 4 GiB)")
            self.init(
                path: path, method: method, crc32: CRC32.checksum(contents), uncompressedSize: UInt32(contents.count),
                data: method == .deflate ? Deflate.compress(contents) : contents)
        }

        /// An entry from bytes stored elsewhere, copied verbatim (see ``ZIPReader/preparedEntry(for:)``).
        init(path: String, method: CompressionMethod, crc32: UInt32, uncompressedSize: UInt32, data: [UInt8]) {
            storage = Storage(path: path, method: method, crc32: crc32, uncompressedSize: uncompressedSize, data: data)
            precondition(storage.nameBytes.count <= Int(UInt16.max), "ZIP entry names are at most 65,535 bytes")
        }

        /// Compresses and checksums the UTF-8 of `text` now.
        public init(path: String, text: String, method: CompressionMethod = .deflate) {
            self.init(path: path, contents: Array(text.utf8), method: method)
        }

        /// Entries are equal when their path, method, checksum, size and stored bytes are.
        public static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.storage === rhs.storage
                || (lhs.path == rhs.path && lhs.method == rhs.method && lhs.crc32 == rhs.crc32
                    && lhs.uncompressedSize == rhs.uncompressedSize && lhs.data == rhs.data)
        }

        /// Hashes the fields ``==`` compares.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(path)
            hasher.combine(method)
            hasher.combine(crc32)
            hasher.combine(uncompressedSize)
            hasher.combine(data)
        }

        /// The fields, immutable once made.
        private final class Storage: Sendable {
            let path: String
            let method: CompressionMethod
            let crc32: UInt32
            let uncompressedSize: UInt32
            let data: [UInt8]
            let nameBytes: [UInt8]

            init(path: String, method: CompressionMethod, crc32: UInt32, uncompressedSize: UInt32, data: [UInt8]) {
                self.path = path
                self.method = method
                self.crc32 = crc32
                self.uncompressedSize = uncompressedSize
                self.data = data
                self.nameBytes = Array(path.utf8)
            }
        }
    }
}
