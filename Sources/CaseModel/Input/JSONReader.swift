/// Reads JSON (RFC 8259) straight into a `CaseNode`, keeping numbers as the text they were written with.
///
/// JSON could go through the YAML reader (JSON is nearly YAML 1.2 flow syntax), and once did; but in a
/// batch of JSON Lines that path was 22 % of all CPU time (measured with perf: libyaml's events, Yams'
/// node tree, then a fix-up pass for tabs and surrogate escapes, which YAML reads differently). This
/// reader makes one pass over the UTF-8 bytes and reports errors with line and column, as Yams does.
struct JSONReader {
    private let bytes: [UInt8]
    private var index = 0

    /// Parses a whole JSON text (one value, surrounded by optional whitespace).
    static func parse(_ text: String) throws(CaseNode.SyntaxError) -> CaseNode {
        var reader = JSONReader(bytes: Array(text.utf8))
        reader.skipWhitespace()
        guard reader.index < reader.bytes.count else { throw .empty }
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.index == reader.bytes.count else { throw reader.error("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    private mutating func value(depth: Int) throws(CaseNode.SyntaxError) -> CaseNode {
        guard depth < 200 else { throw error("nested too deeply") }
        guard index < bytes.count else { throw error("unexpected end of the text; a value was expected") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'; a value was expected")
        }
    }

    private mutating func object(depth: Int) throws(CaseNode.SyntaxError) -> CaseNode {
        let open = index
        index += 1
        var entries: [CaseNode.Entry] = []
        var keys: Set<String>?  // only for large objects; a few keys are cheaper to compare than to hash
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { index += 1; return .mapping(entries) }
        entries.reserveCapacity(8)  // most objects of a case have a few fields: one allocation, not four
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw error("expected a quoted key") }
            let keyStart = index
            let key = try string()
            let isDuplicate: Bool
            if entries.count < 16 {
                isDuplicate = entries.contains { $0.key == key }
            } else {
                if keys == nil { keys = Set(entries.map(\.key)) }
                isDuplicate = !keys!.insert(key).inserted
            }
            guard !isDuplicate else {
                let (line, column) = position(of: keyStart)
                throw .duplicateKey(key, line: line, column: column)
            }
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after the key \"\(key)\"") }
            index += 1
            skipWhitespace()
            entries.append(CaseNode.Entry(key, try value(depth: depth + 1)))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "}")) { index += 1; return .mapping(entries) }
            throw index < bytes.count ? error("expected ',' or '}'") : error("the object opened here is not closed", at: open)
        }
    }

    private mutating func array(depth: Int) throws(CaseNode.SyntaxError) -> CaseNode {
        let open = index
        index += 1
        var items: [CaseNode] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { index += 1; return .sequence(items) }
        items.reserveCapacity(4)  // likewise for lists
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "]")) { index += 1; return .sequence(items) }
            throw index < bytes.count ? error("expected ',' or ']'") : error("the list opened here is not closed", at: open)
        }
    }

    private mutating func string() throws(CaseNode.SyntaxError) -> String {
        let open = index
        index += 1
        var out: [UInt8] = []
        var escaped = false
        var runStart = index
        while index < bytes.count {
            index = endOfPlainRun(from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if !escaped {
                    // Most strings have no escapes: decode them straight from the input.
                    let text = self.text(runStart..<index)
                    index += 1
                    return text
                }
                out.append(contentsOf: bytes[runStart..<index])
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte < 0x20 { throw error("a control character must be escaped inside a string") }
            if byte == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[runStart..<index])
                escaped = true
                try escape(into: &out)
                runStart = index
                continue
            }
            index += 1
        }
        throw error("the string opened here is not closed", at: open)
    }

    /// The input bytes in `range` as a string.
    ///
    /// Through the array's buffer rather than `String(decoding: bytes[range], ...)`: an `ArraySlice`
    /// retains and releases the whole input for every string read, and those atomic operations were
    /// 8 % of reading a case (perf). The range is checked before the buffer is touched.
    private func text(_ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The offset of the first byte at or after `start` that ends a run of plain string content:
    /// a quote, a backslash or a control character (or the end).
    ///
    /// A loop of its own over local values, rather than the main loop's reads and writes of `self`:
    /// most of a case file is string content, and this made the scan several times cheaper (callgrind).
    private func endOfPlainRun(from start: Int) -> Int {
        let bytes = self.bytes.span
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return i }
            i += 1
        }
        return i
    }

    private mutating func escape(into out: inout [UInt8]) throws(CaseNode.SyntaxError) {
        index += 1
        guard index < bytes.count else { throw error("unfinished escape") }
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
                guard bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
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
        guard index + 4 <= bytes.count else { throw error("\\u needs four hex digits") }
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

    private mutating func number() throws(CaseNode.SyntaxError) -> String {
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
        return text(start..<index)
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }

    private mutating func literal(_ word: String) throws(CaseNode.SyntaxError) {
        guard bytes[index...].starts(with: word.utf8) else { throw error("unexpected word; a value was expected") }
        index += word.utf8.count
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private func error(_ problem: String, at offset: Int? = nil) -> CaseNode.SyntaxError {
        let (line, column) = position(of: offset ?? index)
        return .malformed(problem: problem, line: line, column: column)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    private func position(of offset: Int) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return (line, column)
    }
}
