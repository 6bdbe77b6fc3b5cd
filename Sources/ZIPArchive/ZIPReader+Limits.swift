extension ZIPReader {
    /// Bounds an archive must stay within before anything is extracted (zip-bomb defence).
    public struct Limits: Sendable, Hashable {
        /// The most entries an archive may have.
        public var maxEntries: Int
        /// The most bytes all entries together may declare uncompressed.
        public var maxTotalUncompressedSize: Int
        /// The largest uncompressed-to-compressed ratio an entry may have…
        public var maxCompressionRatio: Int
        /// …once it is larger than this many bytes uncompressed (small parts compress freely).
        public var ratioExemptSize: Int

        /// Creates limits.
        public init(
            maxEntries: Int = 10_000, maxTotalUncompressedSize: Int = 256 << 20,
            maxCompressionRatio: Int = 100, ratioExemptSize: Int = 100 << 10
        ) {
            self.maxEntries = maxEntries
            self.maxTotalUncompressedSize = maxTotalUncompressedSize
            self.maxCompressionRatio = maxCompressionRatio
            self.ratioExemptSize = ratioExemptSize
        }

        /// Generous enough for any real .docx (like Apache POI's defaults: ratio 100 past 100 KiB),
        /// small enough that a bomb is refused before it is inflated.
        public static let `default` = Limits()

        /// Throws if `entry` alone breaks a per-entry limit.
        func check(_ entry: Entry) throws(Error) {
            guard entry.uncompressedSize > ratioExemptSize else { return }
            let ratio = entry.uncompressedSize / max(entry.compressedSize, 1)
            if ratio > maxCompressionRatio {
                throw .compressionRatioExceeded(entry.path, ratio: ratio, limit: maxCompressionRatio)
            }
        }
    }
}
