/// SHA-256 for files of which many begin alike: a batch's DOCX files of one kind share their first
/// parts (the fixed ones come first in the archive), about half of a letter's bytes.
///
/// It keeps the hasher's state after the whole 64-byte blocks that two files had in common, and
/// hashes a later file that begins with the same bytes from there. The digest is always the file's
/// own (the shortcut is taken only after comparing those bytes); only the time changes. One per
/// worker's run of records: nothing is shared between threads.
struct PrefixHasher {
    /// A shared beginning (whole blocks) and the hasher's state after it.
    private struct Prefix {
        var bytes: [UInt8]
        var state: SHA256
    }

    /// The last few files hashed without a prefix, to find what a next one shares with them (a
    /// record's text, HTML and DOCX files come in turn, and only the DOCX files share much).
    private var recent: [[UInt8]] = []
    private var prefixes: [Prefix] = []
    /// How many files were hashed from a kept prefix (for the tests).
    private(set) var shortcuts = 0

    /// How many recent files and prefixes are kept.
    static let kept = 4
    /// A common beginning shorter than this is not worth keeping.
    static let minimumPrefix = 8 * 64

    /// The digest of `bytes` as 64 lowercase hex digits.
    mutating func hex(of bytes: [UInt8]) -> String {
        for prefix in prefixes where bytes.count >= prefix.bytes.count
            && Self.commonLength(prefix.bytes, bytes, upTo: prefix.bytes.count) == prefix.bytes.count {
            shortcuts += 1
            var hasher = prefix.state
            hasher.update(bytes[prefix.bytes.count...])
            return hasher.finalize().hexString
        }
        let common = recent.map { Self.commonLength($0, bytes, upTo: min($0.count, bytes.count)) }.max() ?? 0
        recent.append(bytes)
        if recent.count > Self.kept { recent.removeFirst() }
        let length = common / 64 * 64
        guard length >= Self.minimumPrefix else { return SHA256.hex(of: bytes) }
        var hasher = SHA256()
        hasher.update(bytes[..<length])
        prefixes.append(Prefix(bytes: Array(bytes[..<length]), state: hasher))
        if prefixes.count > Self.kept { prefixes.removeFirst() }
        hasher.update(bytes[length...])
        return hasher.finalize().hexString
    }

    /// How many of the first `limit` bytes `a` and `b` have in common (both hold at least `limit`),
    /// compared eight at a time.
    static func commonLength(_ a: [UInt8], _ b: [UInt8], upTo limit: Int) -> Int {
        a.withUnsafeBytes { a in
            b.withUnsafeBytes { b in
                var n = 0
                while n + 8 <= limit {
                    let difference = a.loadUnaligned(fromByteOffset: n, as: UInt64.self) ^ b.loadUnaligned(fromByteOffset: n, as: UInt64.self)
                    if difference != 0 { return n + UInt64(littleEndian: difference).trailingZeroBitCount / 8 }
                    n += 8
                }
                while n < limit, a[n] == b[n] { n += 1 }
                return n
            }
        }
    }
}
