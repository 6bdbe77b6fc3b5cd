/// A set of ``ContextKey``s, one bit each.
struct ContextKeys: Sendable, Hashable {
    private var bits: (UInt64, UInt64) = (0, 0)

    /// Whether `key` is in the set.
    func contains(_ key: ContextKey) -> Bool {
        let i = key.rawValue
        return (i < 64 ? bits.0 >> i : bits.1 >> (i - 64)) & 1 != 0
    }

    /// Adds `key`.
    mutating func insert(_ key: ContextKey) {
        let i = key.rawValue
        if i < 64 { bits.0 |= 1 << i } else { bits.1 |= 1 << (i - 64) }
    }

    /// A set of `keys`.
    init(_ keys: [ContextKey] = []) {
        for key in keys { insert(key) }
    }

    /// How many keys the set holds.
    var count: Int { bits.0.nonzeroBitCount + bits.1.nonzeroBitCount }

    /// Whether every key of this set is in `other`.
    func isSubset(of other: ContextKeys) -> Bool {
        bits.0 & ~other.bits.0 == 0 && bits.1 & ~other.bits.1 == 0
    }

    /// The keys in either set.
    func union(_ other: ContextKeys) -> ContextKeys {
        var both = self
        both.bits = (bits.0 | other.bits.0, bits.1 | other.bits.1)
        return both
    }

    static func == (a: ContextKeys, b: ContextKeys) -> Bool { a.bits == b.bits }
    func hash(into hasher: inout Hasher) {
        hasher.combine(bits.0)
        hasher.combine(bits.1)
    }
}
