/// Code lengths and canonical codes for deflate's prefix codes (RFC 1951, 3.2.2).
enum HuffmanLengths {
    /// Each symbol's code length: a Huffman code for `frequencies` with its longest codes shortened to
    /// `limit` bits the way JPEG does it (ITU-T T.81, Annex K.3), which keeps the code complete.
    /// Symbols of frequency 0 get no code (length 0). Ties go to the lower symbol, so the lengths are
    /// the same on every machine. A lone symbol gets a one-bit code: fine for distances, but inflaters
    /// refuse it as the code-length code, so that alphabet needs two symbols (``MarkupCode`` always
    /// has them: every literal/length symbol has a code).
    static func build(_ frequencies: [Int], limit: Int) -> [UInt8] {
        let used = frequencies.indices.filter { frequencies[$0] > 0 }
        var lengths = [UInt8](repeating: 0, count: frequencies.count)
        guard used.count > 1 else {
            if let only = used.first { lengths[only] = 1 }
            return lengths
        }
        // Huffman's algorithm with two queues: the leaves sorted rarest first, then the merged nodes
        // in the order they are made (which is also by weight).
        let leaves = used.sorted { (frequencies[$0], $0) < (frequencies[$1], $1) }
        var weight = leaves.map { frequencies[$0] }
        var parent = [Int](repeating: -1, count: 2 * leaves.count - 1)
        var nextLeaf = 0, nextNode = leaves.count, made = leaves.count
        func takeLightest() -> Int {
            if nextLeaf < leaves.count, nextNode >= made || weight[nextLeaf] <= weight[nextNode] {
                nextLeaf += 1
                return nextLeaf - 1
            }
            nextNode += 1
            return nextNode - 1
        }
        while made < parent.count {
            let a = takeLightest(), b = takeLightest()
            weight.append(weight[a] + weight[b])
            parent[a] = made
            parent[b] = made
            made += 1
        }
        var depth = [Int](repeating: 0, count: parent.count)
        for node in stride(from: parent.count - 2, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
        // How many codes of each length; then K.3's adjust_bits moves the over-long ones up.
        var count = [Int](repeating: 0, count: max(limit, depth.max() ?? 0) + 1)
        for leaf in 0..<leaves.count { count[depth[leaf]] += 1 }
        for length in stride(from: count.count - 1, to: limit, by: -1) {
            while count[length] > 0 {
                var shorter = length - 2
                while count[shorter] == 0 { shorter -= 1 }
                count[length] -= 2
                count[length - 1] += 1
                count[shorter + 1] += 2
                count[shorter] -= 1
            }
        }
        // The shortest codes to the most frequent symbols.
        var leaf = leaves.count - 1
        for bits in 1...limit {
            for _ in 0..<count[bits] {
                lengths[leaves[leaf]] = UInt8(bits)
                leaf -= 1
            }
        }
        return lengths
    }

    /// The canonical code of each symbol (RFC 1951, 3.2.2), bit-reversed: deflate sends a Huffman
    /// code from its most significant bit, into a stream packed from the least significant.
    static func reversedCodes(_ lengths: [UInt8]) -> [UInt32] {
        var count = [Int](repeating: 0, count: 16)
        for length in lengths where length > 0 { count[Int(length)] += 1 }
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for bits in 1...15 {
            code = (code + count[bits - 1]) << 1
            next[bits] = code
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            let value = next[Int(length)]
            next[Int(length)] += 1
            var reversed: UInt32 = 0
            for bit in 0..<Int(length) where value & (1 << bit) != 0 { reversed |= 1 << UInt32(Int(length) - 1 - bit) }
            return reversed
        }
    }
}
