/// Where ``LZ77Matcher`` sends what it finds.
protocol DeflateTokenSink {
    /// A byte that starts no match worth taking.
    mutating func literal(_ byte: UInt8)
    /// The `length` bytes (4...258) here repeat those `distance` bytes back (1...32,768).
    mutating func match(length: Int, distance: Int)
}

/// Splits bytes into literals and back-references for deflate (RFC 1951, 4), in one pass over the
/// whole input held in memory.
///
/// Like zlib's middle levels: a hash of the next four bytes leads to the previous places those
/// bytes occurred (up to ``chainDepth`` of them), the longest match wins, and a match is taken only
/// if the next position does not start a longer one (lazy matching). Unlike zlib there is no sliding
/// window to maintain, and positions inside long matches are not indexed, which costs little on
/// markup (its long matches repeat whole tags) and saves most of the indexing.
enum LZ77Matcher {
    /// Matches shorter than the hash (four bytes) are not looked for; deflate's minimum is three.
    static let minMatch = 4
    /// Deflate's longest match.
    static let maxMatch = 258
    /// Deflate's window: how far back a match may start.
    static let window = 32768
    /// How many earlier occurrences of a hash are compared.
    static let chainDepth = 8
    /// A match this long is taken without looking for a longer one at the next position.
    static let lazyBelow = 32
    /// A match this long ends the search.
    static let goodEnough = 128
    /// Every position inside a match up to this long is indexed; only the last two of a longer one.
    static let maxIndexedMatch = 16

    /// Parses `input`, reporting every byte exactly once, as a literal or inside a match.
    static func parse<Sink: DeflateTokenSink>(_ input: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        let n = input.count
        guard let base = input.baseAddress, n > 0 else { return }
        precondition(n <= Int(Int32.max), "LZ77Matcher indexes positions as 32-bit integers")
        // A table about the size of the input, 512 to 32,768 entries; -1 marks an empty slot.
        var hashBits = 9
        while hashBits < 15, 1 << hashBits < n { hashBits += 1 }
        let shift = UInt32(32 - hashBits)
        let head = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << hashBits)
        head.initialize(repeating: -1, count: 1 << hashBits)
        // The previous position with the same hash, for every indexed position (read only for those).
        let previous = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        defer {
            head.deallocate()
            previous.deallocate()
        }
        // Positions with four bytes left to hash.
        let hashable = n - 3

        // Little-endian on every machine: the hash, and so the output, must not depend on the byte
        // order, and a match's length is counted from the lowest differing byte.
        @inline(__always) func load32(_ pointer: UnsafePointer<UInt8>) -> UInt32 {
            UInt32(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt32.self))
        }
        @inline(__always) func load64(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
            UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
        }
        @inline(__always) func index(_ position: Int) {
            let hash = Int((load32(base + position) &* 0x9E37_79B1) >> shift)
            previous[position] = head[hash]
            head[hash] = Int32(truncatingIfNeeded: position)
        }
        // The longest earlier match for `position`, which was just indexed; (0, 0) when none.
        @inline(__always) func longestMatch(at position: Int) -> (length: Int, distance: Int) {
            var best = minMatch - 1, bestDistance = 0
            let limit = min(maxMatch, n &- position)
            let here = base + position
            let first = load32(here)
            var candidate = Int(previous[position])
            var depth = chainDepth
            while candidate >= 0, depth > 0, position &- candidate <= window {
                let there = base + candidate
                // The byte that would make this match longer than the best is checked first.
                if load32(there) == first, best < minMatch || there[best] == here[best] {
                    var length = minMatch
                    while true {
                        if length &+ 8 > limit {
                            while length < limit, there[length] == here[length] { length &+= 1 }
                            break
                        }
                        let difference = load64(there + length) ^ load64(here + length)
                        if difference != 0 {
                            length &+= difference.trailingZeroBitCount >> 3
                            break
                        }
                        length &+= 8
                    }
                    if length > best {
                        best = length
                        bestDistance = position &- candidate
                        if length >= goodEnough || length >= limit { break }
                    }
                }
                candidate = Int(previous[candidate])
                depth &-= 1
            }
            return best >= minMatch ? (best, bestDistance) : (0, 0)
        }

        var position = 0
        var match = (length: 0, distance: 0)
        if hashable > 0 {
            index(0)
            match = longestMatch(at: 0)
        }
        while position < n {
            if match.length >= minMatch {
                let end = min(position &+ match.length, hashable)
                var next = position &+ 1
                if match.length < lazyBelow, next < hashable {
                    index(next)
                    let later = longestMatch(at: next)
                    if later.length > match.length {
                        sink.literal(base[position])
                        position = next
                        match = later
                        continue
                    }
                    next &+= 1
                }
                sink.match(length: match.length, distance: match.distance)
                if match.length > maxIndexedMatch { next = max(next, end &- 2) }
                while next < end {
                    index(next)
                    next &+= 1
                }
                position &+= match.length
            } else {
                sink.literal(base[position])
                position &+= 1
            }
            if position < hashable {
                index(position)
                match = longestMatch(at: position)
            } else {
                match = (0, 0)
            }
        }
    }
}
