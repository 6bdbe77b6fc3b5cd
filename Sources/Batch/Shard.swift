/// One of `count` deterministic slices of a batch: `--shard K/N`.
///
/// Shards are contiguous blocks of record numbers (record `n` of `T` belongs to shard
/// `⌊(n−1)·N / T⌋ + 1`), so the shards' manifests, concatenated in shard order without their
/// repeated headers, are byte for byte the manifest of a single run.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// Which shard, from 1.
    public let index: Int
    /// How many shards in all.
    public let count: Int

    /// The whole batch as one shard.
    public static let whole = Shard(uncheckedIndex: 1, count: 1)

    /// A shard; nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    private init(uncheckedIndex: Int, count: Int) {
        self.index = uncheckedIndex
        self.count = count
    }

    /// Parses `K/N`, such as `2/8`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    /// Whether this is the whole batch.
    public var isWhole: Bool { count == 1 }

    /// The record numbers (1-based) of this shard when the input holds `total` records.
    public func records(outOf total: Int) -> ClosedRange<Int>? {
        let first = (index - 1) * total / count + 1
        let last = index * total / count
        return first <= last ? first...last : nil
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }
}
