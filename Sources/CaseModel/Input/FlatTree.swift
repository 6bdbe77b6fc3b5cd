/// A case file's tree laid out flat, the form `CaseDecoder` reads: every node in document order in
/// one array, and every key and scalar as a range of one UTF-8 buffer.
///
/// Why not `CaseNode`: read into that tree, one JSON line of a batch became some two hundred
/// `String`s, arrays and enum payloads, each allocated, reference-counted while the decoder walked
/// it and freed again, and that was most of reading a case (perf: ~690 retains per record). Here a
/// JSON line is two arrays, its own bytes and its nodes. Keys are matched as bytes against the
/// schema, and a `String` is made only for a value the case keeps or a message quotes.
/// YAML and CSV rows still become a `CaseNode` first and are laid out flat from it.
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
    var text: [UInt8]
    /// The nodes in document order; the root is the first.
    var nodes: [Node]

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

    /// `scalarText(index)?.trimmingWhitespace`, without making a string to ask: text that starts and
    /// ends with ASCII other than whitespace, as nearly every value does, has nothing to trim.
    func trimmedScalarText(_ index: Int) -> String? {
        let node = nodes[index]
        if node.kind == .string || node.kind == .number, node.start < node.end,
           text[node.start].isASCIIText, text[node.end - 1].isASCIIText {
            return string(node.start, node.end)
        }
        return scalarText(index)?.trimmingWhitespace
    }

    /// Whether the node is null or a string of only whitespace (an empty string too): a field that
    /// holds one counts as absent.
    func isNullOrBlank(_ index: Int) -> Bool {
        let node = nodes[index]
        switch node.kind {
        case .null: return true
        case .string:
            guard node.start < node.end else { return true }
            // An ASCII byte that is not whitespace first answers without making the string.
            if text[node.start].isASCIIText { return false }
            return string(node.start, node.end).allSatisfy(\.isWhitespace)
        default: return false
        }
    }

    /// The subtree at `index` as a `CaseNode`: for messages (`summary`), which are rare, and tests.
    func caseNode(at index: Int) -> CaseNode {
        let node = nodes[index]
        switch node.kind {
        case .null: return .null
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .number: return .number(string(node.start, node.end))
        case .string: return .string(string(node.start, node.end))
        case .sequence: return .sequence(children(of: index).map { caseNode(at: $0) })
        case .mapping: return .mapping(children(of: index).map { CaseNode.Entry(key($0), caseNode(at: $0)) })
        }
    }

    /// A short description of the node for messages, as `CaseNode.summary` gives it.
    func summary(_ index: Int) -> String {
        switch nodes[index].kind {
        case .sequence: return "a list"
        case .mapping: return "an object"
        default: return caseNode(at: index).summary
        }
    }

    /// The indices of the children of the list or object at `index`, in order.
    func children(of index: Int) -> Children { Children(tree: self, parent: index) }

    /// The children of a list or an object, found by stepping over each one's subtree.
    struct Children: Sequence {
        let tree: FlatTree
        let parent: Int

        func makeIterator() -> Iterator {
            let node = tree.nodes[parent]
            return Iterator(tree: tree, position: parent + 1, end: node.isContainer ? node.end : parent + 1)
        }

        struct Iterator: IteratorProtocol {
            let tree: FlatTree
            var position: Int
            let end: Int

            mutating func next() -> Int? {
                guard position < end else { return nil }
                defer { position = tree.next(after: position) }
                return position
            }
        }
    }
}

extension FlatTree {
    /// Lays a `CaseNode` tree out flat (YAML files, CSV rows and trees given to `CaseParser`).
    init(_ root: CaseNode) {
        text = []
        nodes = []
        append(root, keyStart: 0, keyEnd: 0)
    }

    private mutating func append(_ value: CaseNode, keyStart: Int, keyEnd: Int) {
        let index = nodes.count
        nodes.append(Node(kind: .null, key: keyStart..<keyEnd))
        switch value {
        case .null: break
        case .bool(let b): nodes[index].kind = b ? .true : .false
        case .number(let s): nodes[index].kind = .number; (nodes[index].start, nodes[index].end) = appendText(s)
        case .string(let s): nodes[index].kind = .string; (nodes[index].start, nodes[index].end) = appendText(s)
        case .sequence(let items):
            for item in items { append(item, keyStart: 0, keyEnd: 0) }
            nodes[index].kind = .sequence
            (nodes[index].start, nodes[index].end) = (items.count, nodes.count)
        case .mapping(let entries):
            for entry in entries {
                let (start, end) = appendText(entry.key)
                append(entry.value, keyStart: start, keyEnd: end)
            }
            nodes[index].kind = .mapping
            (nodes[index].start, nodes[index].end) = (entries.count, nodes.count)
        }
    }

    private mutating func appendText(_ s: String) -> (Int, Int) {
        let start = text.count
        text.append(contentsOf: s.utf8)
        return (start, text.count)
    }
}
