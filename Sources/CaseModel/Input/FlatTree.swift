/// A case file's tree laid out flat, the form `CaseDecoder` reads: every node in document order in
/// one array, and every key and scalar as a range of one UTF-8 buffer.
///
/// Why not `CaseNode`: a JSON line of a batch would become some two hundred `String`s, arrays and
/// enum payloads, each allocated and freed again. Here a JSON line is two arrays, its own bytes and
/// its nodes; keys are matched as bytes against the schema, and a `String` is made only for a value
/// the case keeps or a message quotes (docs/performance.md). YAML and CSV rows become a `CaseNode`
/// first and are laid out flat from it (`FlatTree+CaseNode.swift`).
struct FlatTree {
    /// What a node is.
    enum Kind: UInt8 {
        case null, `true`, `false`, number, string, sequence, mapping
    }

    /// One node. For a scalar, `start..<end` is its text in `text`; for a list or an object, `start`
    /// is the number of its children (which follow it) and `end` the index of the first node after
    /// all of them, so that a walk can step over a whole subtree.
    struct Node {
        /// The node's kind.
        var kind: Kind
        /// Where the node's key is in `text`, when the node is a value of an object (else empty).
        var keyStart = 0, keyEnd = 0
        /// See above: the text of a scalar, or the size and extent of a list or object.
        var start = 0, end = 0

        /// A node with its key (as a range of `text`), and its text or extent.
        init(kind: Kind, key: Range<Int> = 0..<0, start: Int = 0, end: Int = 0) {
            self.kind = kind
            keyStart = key.lowerBound
            keyEnd = key.upperBound
            self.start = start
            self.end = end
        }

        /// Whether the node is a list or an object.
        var isContainer: Bool { kind == .sequence || kind == .mapping }
    }

    /// The UTF-8 text that nodes point into: for JSON, the input itself followed by the decoded
    /// text of any string that had escapes.
    let text: [UInt8]
    /// The nodes in document order; the root is the first.
    let nodes: [Node]

    /// The index of the root node.
    static let root = 0

    /// The node at `index`.
    subscript(index: Int) -> Node { nodes[index] }

    /// The index of the node after `index` and its subtree: its next sibling, if it has one.
    func next(after index: Int) -> Int {
        let node = nodes[index]
        return node.isContainer ? node.end : index + 1
    }

    /// The text at `range` of `text` as a string.
    ///
    /// Through the array's buffer rather than `String(decoding: text[range], ...)`: an `ArraySlice`
    /// retains and releases the whole buffer for every string made. The range is checked first.
    func string(_ start: Int, _ end: Int) -> String {
        precondition(start >= 0 && start <= end && end <= text.count)
        return text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// The key of the node at `index`.
    func key(_ index: Int) -> String { string(nodes[index].keyStart, nodes[index].keyEnd) }

    /// The text of a scalar as `CaseNode.scalarText` gives it: a string or number as written,
    /// `true` or `false` for a bool; nil for null, lists and objects.
    func scalarText(_ index: Int) -> String? {
        let node = nodes[index]
        switch node.kind {
        case .string, .number: return string(node.start, node.end)
        case .true: return "true"
        case .false: return "false"
        case .null, .sequence, .mapping: return nil
        }
    }

    /// `body` applied to the UTF-8 text of a string or number, read in place; nil for other nodes.
    func withScalarBytes<T>(_ index: Int, _ body: (Span<UInt8>) -> T?) -> T? {
        let node = nodes[index]
        guard node.kind == .string || node.kind == .number else { return nil }
        return body(text.span.extracting(node.start..<node.end))
    }

    /// `scalarText(index)?.trimmingWhitespace`, trimmed as bytes where that gives the same answer.
    ///
    /// ASCII whitespace (tab, line breaks, space) around text whose first and last other bytes are
    /// ASCII is cut by bytes: between ASCII characters every byte is a character boundary (only
    /// "\r\n" joins, and it is whitespace either way), and no other whitespace can be involved.
    /// Nearly every value has nothing to trim and becomes its string directly; a text block
    /// ending in a line break is cut without walking `Character`s. Anything else, such
    /// as a non-ASCII character next to the spaces, goes through `trimmingWhitespace`.
    func trimmedScalarText(_ index: Int) -> String? {
        let node = nodes[index]
        guard node.kind == .string || node.kind == .number else { return scalarText(index) }
        var start = node.start, end = node.end
        while start < end, FlatTree.isASCIIWhitespace(text[start]) { start += 1 }
        while end > start, FlatTree.isASCIIWhitespace(text[end - 1]) { end -= 1 }
        if start == end || (text[start] < 0x80 && text[end - 1] < 0x80) {
            return string(start, end)
        }
        return string(node.start, node.end).trimmingWhitespace
    }

    /// Tab, line feed, vertical tab, form feed, carriage return or space: the ASCII characters
    /// that are whitespace (`UInt8.isASCIIText` is the test for ASCII that is not).
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// Whether the node is null or a string of only whitespace (an empty string too): a field that
    /// holds one counts as absent.
    ///
    /// Inlined, with the string made only in a function of its own: every field of every object
    /// read asks, and nearly every answer is in the node's kind or its first byte.
    @inline(__always)
    func isNullOrBlank(_ index: Int) -> Bool {
        let node = nodes[index]
        switch node.kind {
        case .null: return true
        case .string:
            guard node.start < node.end else { return true }
            // An ASCII byte that is not whitespace first answers without making the string.
            return text[node.start].isASCIIText ? false : isBlank(node)
        default: return false
        }
    }

    /// Whether the text of `node` is all whitespace characters.
    private func isBlank(_ node: Node) -> Bool {
        string(node.start, node.end).allSatisfy(\.isWhitespace)
    }
}
