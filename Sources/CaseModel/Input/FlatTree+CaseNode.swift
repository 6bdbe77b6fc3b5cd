/// Between `FlatTree` and `CaseNode`: YAML files, CSV rows and trees given to `CaseParser` are laid
/// out flat for the decoder, and a flat node becomes a `CaseNode` again for messages and tests.
extension FlatTree {
    /// Lays a `CaseNode` tree out flat.
    init(_ root: CaseNode) {
        var builder = FlatTreeBuilder()
        builder.append(root, key: 0..<0)
        self.init(text: builder.text, nodes: builder.nodes)
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

/// Builds a `FlatTree` from a `CaseNode`, in document order.
private struct FlatTreeBuilder {
    var text: [UInt8] = []
    var nodes: [FlatTree.Node] = []

    mutating func append(_ value: CaseNode, key: Range<Int>) {
        let index = nodes.count
        nodes.append(FlatTree.Node(kind: .null, key: key))
        switch value {
        case .null: break
        case .bool(let b): nodes[index].kind = b ? .true : .false
        case .number(let s): nodes[index].kind = .number; (nodes[index].start, nodes[index].end) = appendText(s)
        case .string(let s): nodes[index].kind = .string; (nodes[index].start, nodes[index].end) = appendText(s)
        case .sequence(let items):
            for item in items { append(item, key: 0..<0) }
            nodes[index].kind = .sequence
            (nodes[index].start, nodes[index].end) = (items.count, nodes.count)
        case .mapping(let entries):
            for entry in entries {
                let (start, end) = appendText(entry.key)
                append(entry.value, key: start..<end)
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
