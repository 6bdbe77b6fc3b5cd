import DocumentTree

extension BlockParser {
    /// A block being collected line by line. Its arrays are stored fields rather than enum
    /// payloads, so that each line is appended in place (re-wrapping a payload copied it: quadratic).
    private struct OpenBlock {
        enum Kind: Equatable { case paragraph, list(ListKind), table }
        var kind: Kind?
        var lines: [LineNode] = []
        var items: [ItemNode] = []
        var table: TableBuilder?

        /// Adds a line to the open paragraph, or to the last item of the open list; false when
        /// neither is open.
        mutating func appendLine(_ node: LineNode) -> Bool {
            switch kind {
            case .paragraph?:
                lines.append(node)
            case .list?:
                guard case .item(var itemLines)? = items.last else { return false }
                items[items.count - 1] = .item([])
                itemLines.append(node)
                items[items.count - 1] = .item(itemLines)
            default:
                return false
            }
            return true
        }

        /// The finished block, if one is open; the open block is then empty.
        mutating func close(style: ParagraphStyle, hardBreaks: Bool) -> BlockNode? {
            defer { self = OpenBlock() }
            switch kind {
            case .paragraph?: return .paragraph(style: style, hardBreaks: hardBreaks, lines: lines)
            case .list(let listKind)?: return .list(kind: listKind, items: items)
            case .table?: return table?.node
            case nil: return nil
            }
        }
    }

    /// Builds the blocks of `range`; paragraphs get `style`.
    mutating func blocks(_ range: Range<Int>, style: ParagraphStyle, hardBreaks: Bool) -> [BlockNode] {
        var out: [BlockNode] = []
        var open = OpenBlock()
        func flush() {
            if let block = open.close(style: style, hardBreaks: hardBreaks) { out.append(block) }
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let entry = entries[i]
            i += 1
            switch entry {
            case .blank, .fenceClose:
                flush()
            case .fenceOpen(let fence, _):
                flush()
                guard let close = fences[i - 1] else { continue }
                switch fence {
                case .style(let inner):
                    out += blocks(i..<close, style: inner, hardBreaks: inner == .address || inner == .signature)
                case .group(let group):
                    out.append(.group(group, blocks(i..<close, style: style, hardBreaks: hardBreaks)))
                }
                i = close + 1
            case .control:
                guard let span = spans[i - 1] else { continue }
                i = span.close + 1
                switch span.level {
                case .block:
                    flush()
                    out.append(.control(control(span) { $0.blocks($1, style: style, hardBreaks: hardBreaks) }))
                case .line:
                    let node = LineNode.control(control(span) { $0.lines($1) })
                    if !open.appendLine(node) {
                        flush()
                        open = OpenBlock(kind: .paragraph, lines: [node])
                    }
                case .item:
                    let kind = listKind(of: span)
                    let node = ItemNode.control(control(span) { $0.items($1, kind: kind) })
                    if open.kind == .list(kind) { open.items.append(node) } else { flush(); open = OpenBlock(kind: .list(kind), items: [node]) }
                case .row:
                    guard open.kind == .table, let table = open.table, table.alignments != nil else {
                        if let table = open.table { diagnostics.append(.init("expected the |---| row after the table header", at: table.position)) }
                        continue
                    }
                    let row = RowNode.control(control(span) { $0.rows($1, columns: table.header.count) })
                    open.table!.rows.append(row)
                }
            case .content(let kind, let line):
                switch kind {
                case .heading(let level):
                    flush()
                    out.append(.heading(level: level, content: inlines(TemplateLine.trimmed(line.pieces))))
                case .pageBreak:
                    flush()
                    out.append(.pageBreak)
                case .bullet, .numbered:
                    let listKind: ListKind = kind == .bullet ? .bulleted : .numbered
                    let item = ItemNode.item([lineNode(line.pieces)])
                    if open.kind == .list(listKind) { open.items.append(item) } else { flush(); open = OpenBlock(kind: .list(listKind), items: [item]) }
                case .row:
                    if open.kind == .table, var table = open.table {
                        open.table = nil
                        table.add(line, parser: &self)
                        open.table = table
                    } else {
                        flush()
                        open = OpenBlock(kind: .table, table: TableBuilder(header: line, parser: &self))
                    }
                case .text:
                    let node = lineNode(line.pieces)
                    if !open.appendLine(node) {
                        flush()
                        open = OpenBlock(kind: .paragraph, lines: [node])
                    }
                }
            }
        }
        flush()
        return out
    }

    /// The lines of a paragraph inside a line-level block tag.
    mutating func lines(_ range: Range<Int>) -> [LineNode] {
        var out: [LineNode] = []
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            if case .content(_, let line) = entries[i] {
                out.append(lineNode(line.pieces))
            } else if let span = spans[i] {
                out.append(.control(control(span) { $0.lines($1) }))
                i = span.close
            }
        }
        return out
    }

    /// The items of one list inside an item-level block tag.
    mutating func items(_ range: Range<Int>, kind: ListKind) -> [ItemNode] {
        var out: [ItemNode] = []
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            if case .content(let lineKind, let line) = entries[i] {
                let node = lineNode(line.pieces)
                if lineKind == .text, case .item(var lines)? = out.last {
                    out[out.count - 1] = .item([])
                    lines.append(node)
                    out[out.count - 1] = .item(lines)
                } else {
                    if lineKind != (kind == .bulleted ? .bullet : .numbered), lineKind != .text {
                        diagnostics.append(.init("a list cannot mix '-' items and numbered items; leave a blank line between two lists", at: line.position))
                    }
                    out.append(.item([node]))
                }
            } else if let span = spans[i] {
                if span.level == .line, case .item(var lines)? = out.last {
                    out[out.count - 1] = .item([])
                    lines.append(.control(control(span) { $0.lines($1) }))
                    out[out.count - 1] = .item(lines)
                } else {
                    out.append(.control(control(span) { $0.items($1, kind: kind) }))
                }
                i = span.close
            }
        }
        return out
    }

    /// The body rows of one table inside a row-level block tag.
    mutating func rows(_ range: Range<Int>, columns: Int) -> [RowNode] {
        var out: [RowNode] = []
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            if case .content(_, let line) = entries[i] {
                out.append(.row(cells(of: line, columns: columns)))
            } else if let span = spans[i] {
                out.append(.control(control(span) { $0.rows($1, columns: columns) }))
                i = span.close
            }
        }
        return out
    }

    /// A control whose branches are built by `child`.
    private mutating func control<C>(_ span: Span, _ child: (inout BlockParser, Range<Int>) -> [C]) -> Control<C> {
        var branches: [(condition: Expression?, body: [C], position: SourcePosition)] = []
        for (n, range) in span.branches.enumerated() {
            var condition: Expression? = span.expression, position = span.position
            if n > 0, case .control(.otherwise(let c), let at) = entries[range.lowerBound - 1] { (condition, position) = (c, at) }
            branches.append((condition, child(&self, range), position))
        }
        return .make(span.kind, span.expression, at: span.position, branches: branches)
    }

    /// The kind of list an item-level tag's first item starts.
    private func listKind(of span: Span) -> ListKind {
        let first = (span.open + 1..<span.close).first { entries[$0].isItem }
        return first.map { entries[$0].isContent(.numbered) ? ListKind.numbered : .bulleted } ?? .bulleted
    }

    /// One line of a paragraph or item: trimmed, with its forced break.
    mutating func lineNode(_ pieces: [TemplateLine.Piece]) -> LineNode {
        let (trimmed, hardBreak) = TemplateLine.withHardBreak(pieces)
        return .line(inlines(trimmed), hardBreak: hardBreak)
    }

    /// Inline content, its problems collected.
    mutating func inlines(_ pieces: [TemplateLine.Piece]) -> [InlineNode] {
        InlineParser.parse(pieces, into: &diagnostics)
    }

    /// A body row's cells, checked against the header's width.
    mutating func cells(of line: TemplateLine, columns: Int) -> [[InlineNode]] {
        let cells = line.cells
        if cells.count != columns {
            diagnostics.append(.init("table row has \(cells.count) cell\(cells.count == 1 ? "" : "s"); the header has \(columns)", at: line.firstPosition))
        }
        var out = cells.prefix(columns).map { inlines($0) }
        while out.count < columns { out.append([]) }
        return out
    }
}
