import Generator

/// Gives each record a folder name that is safe and unique within the batch.
///
/// Runs over every record in record order (in every shard, including records the shard skips), so
/// that all shards and every resumed run agree on who gets `id` and who gets `id-2`. Names are
/// compared case-insensitively because macOS and Windows file systems do.
///
/// Memory stays small at millions of records: the names given out are kept as 64-bit hashes (FNV-1a
/// of the lowercased name, the same in every process), and a base that repeats keeps the next
/// suffix to try, so the thousandth `id` does not probe `id-2` … `id-999` again. Two names whose
/// hashes collide are told apart as if they were equal: the later one gets a suffix, still unique.
public struct CaseFolderNamer: Sendable {
    private var taken: Set<UInt64> = []
    /// For each base (by hash) given out more than once, the next suffix number to try.
    private var nextSuffix: [UInt64: Int] = [:]
    /// Names tried so far (for the tests: linear in the records, whatever the ids).
    private(set) var probes = 0

    /// Creates a namer that has given out no names.
    public init() {}

    /// The folder for record `record` with case id `id`: its safe form, with `-2`, `-3`, … added
    /// when an earlier record already has that name.
    public mutating func folder(for id: String?, record: Int) -> String {
        let base = SafeName.sanitise(id, record: record)
        let baseKey = Self.key(base)
        probes += 1
        if taken.insert(baseKey).inserted { return base }
        var n = nextSuffix[baseKey] ?? 2
        while true {
            let suffix = "-\(n)"
            let candidate = base.fitting(suffix: suffix) + suffix
            n += 1
            probes += 1
            if taken.insert(Self.key(candidate)).inserted {
                nextSuffix[baseKey] = n
                return candidate
            }
        }
    }

    /// The name's identity, case-insensitively: 64-bit FNV-1a of its lowercased UTF-8.
    static func key(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.lowercased().utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}

extension String {
    /// The string cut (at a character boundary) so that appending `suffix` stays within ``SafeName/maxBytes``.
    fileprivate func fitting(suffix: String) -> String {
        var out = self
        while out.utf8.count + suffix.utf8.count > SafeName.maxBytes, !out.isEmpty { out.removeLast() }
        return out
    }
}
