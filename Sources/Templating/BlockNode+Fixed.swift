import DocumentTree

/// Blocks that read nothing, rendered once when the template is compiled.
///
/// Most of a letter is fixed text: headings, legal paragraphs, the numbered steps of a how-to.
/// Such a block renders to the same ``Block`` for every case and every option, since only holes
/// and controls look at the context, the language or draft mode; so it is rendered once here and
/// each render copies the finished blocks instead of building them again.
extension BlockNode {
    /// `nodes` with every run of fixed blocks (also inside controls) replaced by its rendering.
    static func prerendering(_ nodes: [BlockNode]) -> [BlockNode] {
        var out: [BlockNode] = []
        var run: [BlockNode] = []
        func flush() {
            guard !run.isEmpty else { return }
            var renderer = Renderer(context: .null, language: .english, draft: false)
            out.append(.fixed(renderer.render(run)))
            run.removeAll()
        }
        for node in nodes {
            if node.readsNothing {
                run.append(node)
                continue
            }
            flush()
            if case .control(let control) = node {
                out.append(.control(control.mappingBodies(prerendering)))
            } else if case .group(let group, let children) = node {
                out.append(.group(group, prerendering(children)))
            } else {
                out.append(node)
            }
        }
        flush()
        return out
    }

    /// Whether the block holds no hole and no control, so its rendering never changes.
    private var readsNothing: Bool {
        switch self {
        case .heading(_, let content): return content.allSatisfy(\.readsNothing)
        case .paragraph(_, _, let lines): return lines.allSatisfy(\.readsNothing)
        case .list(_, let items):
            return items.allSatisfy { if case .item(let lines) = $0 { lines.allSatisfy(\.readsNothing) } else { false } }
        case .table(let header, _, let rows):
            return header.allSatisfy { $0.allSatisfy(\.readsNothing) }
                && rows.allSatisfy { if case .row(let cells) = $0 { cells.allSatisfy { $0.allSatisfy(\.readsNothing) } } else { false } }
        case .pageBreak, .fixed: return true
        case .control: return false
        // A header goes to the metadata and a form marks its tables: only a keep renders to itself.
        case .group(let group, let children): return group == .keep && children.allSatisfy(\.readsNothing)
        }
    }
}

extension LineNode {
    fileprivate var readsNothing: Bool {
        if case .line(let content, _) = self { return content.allSatisfy(\.readsNothing) }
        return false
    }
}

extension InlineNode {
    fileprivate var readsNothing: Bool {
        switch self {
        case .text: return true
        case .hole, .control: return false
        case .strong(let children), .emphasis(let children), .underline(let children): return children.allSatisfy(\.readsNothing)
        }
    }
}

extension Control {
    /// The same control with `transform` applied to the body of every branch.
    fileprivate func mappingBodies(_ transform: ([Child]) -> [Child]) -> Control {
        switch kind {
        case .conditional(let branches, let otherwise):
            return .conditional(branches: branches.map { ($0.condition, transform($0.body), $0.position) }, otherwise: transform(otherwise))
        case .each(let list, let position, let body, let otherwise):
            return .each(list: list, position: position, body: transform(body), otherwise: transform(otherwise))
        }
    }
}
