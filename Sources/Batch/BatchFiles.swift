/// The names of the files a batch keeps in its output folder besides the documents.
///
/// A sharded run adds `-K-of-N` so that shards can share one folder (say, on a network drive).
public struct BatchFiles: Sendable, Hashable {
    /// The shard these names belong to.
    public var shard: Shard

    /// Names for `shard`.
    public init(shard: Shard = .whole) {
        self.shard = shard
    }

    private var suffix: String { shard.isWhole ? "" : "-\(shard.index)-of-\(shard.count)" }

    /// `manifest.csv` or `manifest-K-of-N.csv`.
    public var manifest: String { "manifest\(suffix).csv" }
    /// `errors.jsonl` or `errors-K-of-N.jsonl`.
    public var errors: String { "errors\(suffix).jsonl" }
    /// `batch.zip` or `batch-K-of-N.zip`.
    public var zip: String { "batch\(suffix).zip" }
    /// The resume journal, hidden: one line per finished record with the manifest and errors sizes.
    public var journal: String { ".progress\(suffix)" }
    /// The lock a running batch holds, hidden: `.lock` or `.lock-K-of-N`.
    public var lock: String { ".lock\(suffix)" }
}
