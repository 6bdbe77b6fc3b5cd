extension ZIPReader {
    /// Why an archive or one of its entries was refused.
    public enum Error: Swift.Error, Hashable, CustomStringConvertible {
        /// No end-of-central-directory record: not a ZIP file.
        case notAZIPArchive
        /// A structure runs past the end of the data; names what was being read.
        case truncated(String)
        /// The archive uses ZIP64 extensions, which a document never needs.
        case zip64Unsupported
        /// The archive spans several disks.
        case multiDiskUnsupported
        /// More entries than ``Limits/maxEntries``.
        case tooManyEntries(count: Int, limit: Int)
        /// The declared uncompressed sizes add up to more than ``Limits/maxTotalUncompressedSize``.
        case totalSizeExceeded(limit: Int)
        /// An entry inflates more than ``Limits/maxCompressionRatio`` times its stored size.
        case compressionRatioExceeded(String, ratio: Int, limit: Int)
        /// An entry name that is absolute or climbs out with `..`.
        case unsafePath(String)
        /// An entry name (1-based position) that is not valid UTF-8.
        case invalidPathEncoding(entry: Int)
        /// Two entries with the same name.
        case duplicatePath(String)
        /// An encrypted entry.
        case encrypted(String)
        /// A compression method other than store or deflate.
        case unsupportedMethod(String, method: UInt16)
        /// The entry's local header is missing or damaged.
        case badLocalHeader(String)
        /// The entry's deflate data is damaged.
        case corruptEntry(String, reason: String)
        /// The entry does not inflate to its declared size (it would be longer, or is shorter).
        case sizeMismatch(String, declared: Int)
        /// The entry's CRC-32 does not match its contents.
        case checksumMismatch(String)
        /// No entry has this path.
        case missingEntry(String)

        /// A sentence for a person, naming the entry where there is one.
        public var description: String {
            switch self {
            case .notAZIPArchive: return "not a ZIP archive (no end-of-central-directory record)"
            case .truncated(let what): return "ZIP archive is truncated in \(what)"
            case .zip64Unsupported: return "ZIP64 archives are not supported"
            case .multiDiskUnsupported: return "multi-disk ZIP archives are not supported"
            case .tooManyEntries(let count, let limit): return "ZIP archive has \(count) entries; the limit is \(limit)"
            case .totalSizeExceeded(let limit): return "ZIP archive would inflate to more than \(limit) bytes"
            case .compressionRatioExceeded(let path, let ratio, let limit):
                return "\(path): compression ratio \(ratio):1 exceeds the limit \(limit):1 (zip bomb?)"
            case .unsafePath(let path): return "\(path): entry name is absolute, contains '..' or a control character"
            case .invalidPathEncoding(let index): return "entry \(index): name is not valid UTF-8"
            case .duplicatePath(let path): return "\(path): appears twice in the archive"
            case .encrypted(let path): return "\(path): encrypted entries are not supported"
            case .unsupportedMethod(let path, let method): return "\(path): unsupported compression method \(method)"
            case .badLocalHeader(let path): return "\(path): local header is missing or damaged"
            case .corruptEntry(let path, let reason): return "\(path): \(reason)"
            case .sizeMismatch(let path, let declared): return "\(path): does not inflate to its declared \(declared) bytes"
            case .checksumMismatch(let path): return "\(path): CRC-32 mismatch"
            case .missingEntry(let path): return "\(path): no such entry in the archive"
            }
        }
    }
}
