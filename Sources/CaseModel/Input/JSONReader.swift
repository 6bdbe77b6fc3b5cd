/// Reads JSON (RFC 8259) in one pass over its UTF-8 bytes straight into the `FlatTree` the decoder
/// reads: errors with line and column (as the YAML reader gives them), numbers kept as the text they
/// were written with, duplicate keys refused. JSON Lines batches read every record through it
/// (see docs/performance.md for what it saves over reading JSON as YAML).
struct JSONReader {
    /// The input's UTF-8 bytes. Never changed while reading, so that the compiler need not reload
    /// them after every call (`decoded` takes what changes).
    private let bytes: [UInt8]
    /// Where the input ends: `bytes.count`.
    private let end: Int
    /// The decoded text of each string that had escapes. Its ranges count on from `end`: the tree's
    /// text is `bytes` followed by these.
    private var decoded: [UInt8] = []
    private var index = 0
    /// The nodes read so far (see `FlatTree.Node`).
    private var nodes: [FlatTree.Node] = []

    /// Parses a whole JSON text (one value, surrounded by optional whitespace) into a tree.
    static func parse(_ text: String) throws(CaseNode.SyntaxError) -> CaseNode {
        try flatTree(text).caseNode(at: FlatTree.root)
    }

    /// The top-level `id` of a JSON object as the decoder reads it (trimmed text, a number as
    /// written); nil when the text is not an object, has no such field or is malformed before it.
    /// Reads only as far as that field: a batch's reader stage names each record's folder with it.
    static func topLevelID(in text: String) -> String? {
        var reader = JSONReader(bytes: Array(text.utf8))
        reader.skipWhitespace()
        guard reader.peek(UInt8(ascii: "{")) else { return nil }
        reader.index += 1
        do {
            while true {
                reader.skipWhitespace()
                guard reader.peek(UInt8(ascii: "\"")) else { return nil }
                let (keyStart, keyEnd, _) = try reader.string()
                reader.skipWhitespace()
                guard reader.peek(UInt8(ascii: ":")) else { return nil }
                reader.index += 1
                reader.skipWhitespace()
                let node = reader.nodes.count
                try reader.value(depth: 1)
                if reader.text(keyStart..<keyEnd) == "id" {
                    let tree = FlatTree(text: reader.bytes + reader.decoded, nodes: reader.nodes)
                    return tree.isNullOrBlank(node) ? nil : tree.trimmedScalarText(node)
                }
                reader.skipWhitespace()
                guard reader.peek(UInt8(ascii: ",")) else { return nil }
                reader.index += 1
            }
        } catch {
            return nil
        }
    }

    /// Parses a whole JSON text (one value, surrounded by optional whitespace), laid out flat.
    static func flatTree(_ text: String) throws(CaseNode.SyntaxError) -> FlatTree {
        var reader = JSONReader(bytes: Array(text.utf8))
        reader.skipWhitespace()
        guard reader.index < reader.end else { throw .empty }
        try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.index == reader.end else { throw reader.error("unexpected text after the JSON value") }
        return FlatTree(text: reader.decoded.isEmpty ? reader.bytes : reader.bytes + reader.decoded, nodes: reader.nodes)
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        end = bytes.count
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        // A case file's JSON has a node per 25 bytes or so: one allocation for most texts.
        nodes.reserveCapacity(bytes.count / 16 + 8)
    }

    /// Reads one value and appends its node (and for a list or an object, its children's), with
    /// the key it has in its object, if any, as a range of `bytes`.
    private mutating func value(depth: Int, key: Range<Int> = 0..<0) throws(CaseNode.SyntaxError) {
        guard depth < 200 else { throw error("nested too deeply") }
        guard index < end else { throw error("unexpected end of the text; a value was expected") }
        switch bytes[index] {
        case UInt8(ascii: "{"): try object(depth: depth, key: key)
        case UInt8(ascii: "["): try array(depth: depth, key: key)
        case UInt8(ascii: "\""):
            let (start, end, _) = try string()
            nodes.append(FlatTree.Node(kind: .string, key: key, start: start, end: end))
        case UInt8(ascii: "t"): try literal("true"); nodes.append(FlatTree.Node(kind: .true, key: key))
        case UInt8(ascii: "f"): try literal("false"); nodes.append(FlatTree.Node(kind: .false, key: key))
        case UInt8(ascii: "n"): try literal("null"); nodes.append(FlatTree.Node(kind: .null, key: key))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            try number()
            nodes.append(FlatTree.Node(kind: .number, key: key, start: start, end: index))
        default: throw error("unexpected character '\(character(at: index))'; a value was expected")
        }
    }

    private mutating func object(depth: Int, key: Range<Int>) throws(CaseNode.SyntaxError) {
        let open = index
        index += 1
        let object = nodes.count
        nodes.append(FlatTree.Node(kind: .mapping, key: key))
        var count = 0
        var keys: Set<String>?  // only for large objects, against quadratic time on hostile input
        var asciiKeys = true  // whether every key so far is ASCII, so that bytes alone tell keys apart
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { index += 1; close(object, count: count); return }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw error("expected a quoted key") }
            let keyOffset = index
            let (keyStart, keyEnd, keyIsASCII) = try string()
            // A key with escapes (decoded after the input) counts as beyond ASCII: compared as a string.
            asciiKeys = asciiKeys && keyIsASCII
            if count == 64 { keys = keysSoFar(of: object, count: count) }
            if keys != nil {
                guard keys!.insert(text(keyStart..<keyEnd)).inserted else { throw duplicateKey(keyStart, keyEnd, at: keyOffset) }
            } else {
                // Compared with each earlier key: no `String` and no hashing for the few keys of an object.
                var sibling = object + 1
                for _ in 0..<count {
                    let other = nodes[sibling]
                    if asciiKeys
                        ? JSONReader.equal(bytes.span, other.keyStart, other.keyEnd, keyStart, keyEnd)
                        : text(other.keyStart..<other.keyEnd) == text(keyStart..<keyEnd)
                    {
                        throw duplicateKey(keyStart, keyEnd, at: keyOffset)
                    }
                    sibling = other.isContainer ? other.end : sibling + 1
                }
            }
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after the key \"\(text(keyStart..<keyEnd))\"") }
            index += 1
            skipWhitespace()
            try value(depth: depth + 1, key: keyStart..<keyEnd)
            count += 1
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "}")) { index += 1; close(object, count: count); return }
            throw index < end ? error("expected ',' or '}'") : error("the object opened here is not closed", at: open)
        }
    }

    private mutating func array(depth: Int, key: Range<Int>) throws(CaseNode.SyntaxError) {
        let open = index
        index += 1
        let array = nodes.count
        nodes.append(FlatTree.Node(kind: .sequence, key: key))
        var count = 0
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { index += 1; close(array, count: count); return }
        while true {
            skipWhitespace()
            try value(depth: depth + 1)
            count += 1
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "]")) { index += 1; close(array, count: count); return }
            throw index < end ? error("expected ',' or ']'") : error("the list opened here is not closed", at: open)
        }
    }

    /// Records the size and extent of the finished list or object at `node`.
    private mutating func close(_ node: Int, count: Int) {
        nodes[node].start = count
        nodes[node].end = nodes.count
    }

    /// Whether two ranges of `bytes` hold the same bytes. For ASCII keys that is `String`'s `==`;
    /// beyond ASCII, `String` compares by canonical equivalence (`é` as one scalar or as `e` and an
    /// accent are one key), so such keys are compared as strings.
    ///
    /// Static, over a span: a method of `self` called from the mutating reader retains and releases
    /// the reader's arrays on every call.
    private static func equal(_ bytes: Span<UInt8>, _ start1: Int, _ end1: Int, _ start2: Int, _ end2: Int) -> Bool {
        guard end1 - start1 == end2 - start2 else { return false }
        for offset in 0..<(end1 - start1) where bytes[start1 + offset] != bytes[start2 + offset] { return false }
        return true
    }

    /// The character whose UTF-8 starts at `offset`, for a message: a multi-byte character whole,
    /// not its lead byte read as Latin-1 (`é` was shown as `Ã`).
    private func character(at offset: Int) -> String {
        var stop = offset + 1
        while stop < end, stop - offset < 4, bytes[stop] & 0xC0 == 0x80 { stop += 1 }
        return String(decoding: bytes[offset..<stop], as: UTF8.self)
    }

    /// The keys of the first `count` children of the object at `object`, as strings.
    private func keysSoFar(of object: Int, count: Int) -> Set<String> {
        var keys = Set<String>()
        var sibling = object + 1
        for _ in 0..<count {
            keys.insert(text(nodes[sibling].keyStart..<nodes[sibling].keyEnd))
            sibling = nodes[sibling].isContainer ? nodes[sibling].end : sibling + 1
        }
        return keys
    }

    private func duplicateKey(_ keyStart: Int, _ keyEnd: Int, at offset: Int) -> CaseNode.SyntaxError {
        let (line, column) = position(of: offset)
        let key = text(keyStart..<keyEnd)
        let parent = openPath()
        return .duplicateKey(key, line: line, column: column, path: parent.isEmpty ? key : parent + "." + key)
    }

    /// The path of the innermost list or object still open (`debtor`, `income[1]`), for an error's
    /// location: computed only when there is an error, by following the one open child of each open
    /// container down from the root (an open container's extent is not yet set).
    private func openPath() -> String {
        var path = ""
        var container = FlatTree.root
        guard container < nodes.count, nodes[container].isContainer, nodes[container].end == 0 else { return "" }
        while true {
            var child = container + 1
            var position = 0
            while child < nodes.count, !(nodes[child].isContainer && nodes[child].end == 0) {
                child = nodes[child].isContainer ? nodes[child].end : child + 1
                position += 1
            }
            guard child < nodes.count else { return path }
            if nodes[container].kind == .mapping {
                let key = text(nodes[child].keyStart..<nodes[child].keyEnd)
                path += path.isEmpty ? key : "." + key
            } else {
                path += "[" + String(position) + "]"
            }
            container = child
        }
    }

    /// Reads a string literal at `index`: its text's range in the tree's text, and whether that text is known
    /// to be ASCII. Most strings have no escapes and are their bytes in the input; one with escapes
    /// is decoded into `decoded` (and not known to be ASCII).
    private mutating func string() throws(CaseNode.SyntaxError) -> (Int, Int, isASCII: Bool) {
        let open = index
        let run = JSONReader.endOfPlainRun(bytes.span, from: open + 1, to: end)
        index = run.end
        if index < end, bytes[index] == UInt8(ascii: "\"") {
            index += 1
            return (open + 1, index - 1, run.isASCII)
        }
        let (start, afterLast) = try escapedString(open: open)
        return (start, afterLast, false)
    }

    /// The rest of a string whose plain run ended at `index` on something other than its closing
    /// quote: an escape (or an error). Apart from `string()` so that the common case has no buffer
    /// to make and free.
    private mutating func escapedString(open: Int) throws(CaseNode.SyntaxError) -> (Int, Int) {
        var out: [UInt8] = []
        var runStart = open + 1
        while index < end {
            let byte = bytes[index]
            out.append(contentsOf: bytes[runStart..<index])
            if byte == UInt8(ascii: "\"") {
                index += 1
                let start = end + decoded.count
                decoded.append(contentsOf: out)
                return (start, end + decoded.count)
            }
            if byte < 0x20 { throw error("a control character must be escaped inside a string") }
            try escape(into: &out)  // `byte` is a backslash
            runStart = index
            index = JSONReader.endOfPlainRun(bytes.span, from: index, to: end).end
        }
        throw error("the string opened here is not closed", at: open)
    }

    /// The text at `range` (of the tree's text) as a string (for keys in messages and comparisons
    /// beyond ASCII).
    ///
    /// Through the array's buffer rather than `String(decoding: bytes[range], ...)`: an `ArraySlice`
    /// retains and releases the whole input. The range is checked before the buffer is touched.
    private func text(_ range: Range<Int>) -> String {
        if range.lowerBound >= end {
            return JSONReader.text(decoded, (range.lowerBound - end)..<(range.upperBound - end))
        }
        return JSONReader.text(bytes, range)
    }

    private static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The offset of the first byte at or after `start` that ends a run of plain string content
    /// (a quote, a backslash or a control character, or the end), and whether the run is ASCII.
    /// Static, over a span, for the reason `equal` gives.
    private static func endOfPlainRun(_ bytes: Span<UInt8>, from start: Int, to end: Int) -> (end: Int, isASCII: Bool) {
        var seen: UInt8 = 0  // the run's bytes OR-ed together: a top bit set means beyond ASCII
        var i = start
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            seen |= byte
            i += 1
        }
        return (i, seen < 0x80)
    }

    private mutating func escape(into out: inout [UInt8]) throws(CaseNode.SyntaxError) {
        index += 1
        guard index < end else { throw error("unfinished escape") }
        let c = bytes[index]
        index += 1
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(c)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800...0xDBFF).contains(code) {
                guard bytes[index..<end].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
                    throw error("a high surrogate escape must be followed by a low one")
                }
                index += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid low surrogate escape") }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(code) {
                throw error("a low surrogate escape without a high one")
            }
            out.append(contentsOf: String(Character(Unicode.Scalar(code)!)).utf8)
        default:
            index -= 1
            throw error("unknown escape '\\\(Character(Unicode.Scalar(c)))'")
        }
    }

    private mutating func hex4() throws(CaseNode.SyntaxError) -> UInt32 {
        guard index + 4 <= end else { throw error("\\u needs four hex digits") }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("\\u needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }

    /// Reads a number; its text is the bytes it was read from.
    private mutating func number() throws(CaseNode.SyntaxError) {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        let integerStart = index
        let count = digits()
        guard count > 0 else { throw error("a number needs digits") }
        if count > 1, bytes[integerStart] == UInt8(ascii: "0") {
            throw error("a number may not start with 0 (quote it, like \"02134\")", at: start)
        }
        if peek(UInt8(ascii: ".")) {
            index += 1
            guard digits() > 0 else { throw error("digits are needed after the decimal point") }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard digits() > 0 else { throw error("digits are needed in the exponent") }
        }
    }

    private mutating func digits() -> Int {
        let start = index
        while index < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }

    /// Reads `true`, `false` or `null`.
    private mutating func literal(_ word: String) throws(CaseNode.SyntaxError) {
        let expected = word.utf8.span
        guard index + expected.count <= end, bytes.span.bytesEqual(index, expected, 0, count: expected.count) else {
            throw error("unexpected word; a value was expected")
        }
        index += expected.count
    }

    private mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < end && bytes[index] == byte }

    private func error(_ problem: String, at offset: Int? = nil) -> CaseNode.SyntaxError {
        let (line, column) = position(of: offset ?? index)
        return .malformed(problem: problem, line: line, column: column, path: openPath())
    }

    /// The 1-based line and column (in characters) of a byte offset.
    private func position(of offset: Int) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, end) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column = String(decoding: bytes[lineStart..<min(offset, end)], as: UTF8.self).count + 1
        return (line, column)
    }
}
