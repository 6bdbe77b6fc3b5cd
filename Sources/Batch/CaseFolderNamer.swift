import Generator

/// Gives each record a folder name that is safe and unique within the batch.
///
/// Runs over every record in record order (in every shard, including records the shard skips), so
/// that all shards and every resumed run agree on who gets `id` and who gets `id-2`. Names are
/// compared case-insensitively because macOS and Windows file systems do.
public struct CaseFolderNamer: Sendable {
    private var taken: Set<String> = []

    /// Creates a namer that has given out no names.
    public init() {}

    /// The folder for record `record` with case id `id`: its safe form, with `-2`, `-3`, … added
    /// when an earlier record already has that name.
    public mutating func folder(for id: String?, record: Int) -> String {
        let base = SafeName.sanitise(id, record: record)
        if taken.insert(base.lowercased()).inserted { return base }
        var n = 2
        while true {
            let suffix = "-\(n)"
            let candidate = base.fitting(suffix: suffix) + suffix
            if taken.insert(candidate.lowercased()).inserted { return candidate }
            n += 1
        }
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
