extension BlockParser {
    /// Decides, outermost first, what each paired block tag works around.
    mutating func assignLevels() {
        var enclosing: [Span] = []
        for open in spans.keys.sorted() {
            var span = spans[open]!
            while let last = enclosing.last, last.close < open { enclosing.removeLast() }
            span.level = level(of: span, parent: enclosing.last?.level)
            spans[open] = span
            enclosing.append(span)
        }
    }

    private mutating func level(of span: Span, parent: Level?) -> Level {
        let inside = (span.open + 1..<span.close).filter { owner[$0] == nil && !isStray($0) }
        guard !inside.isEmpty else { return parent ?? .block }
        let allText = inside.allSatisfy { entries[$0].isContent(.text) }
        let allRows = inside.allSatisfy { entries[$0].isContent(.row) }
        let itemsOnly = entries[inside[0]].isItem && inside.allSatisfy { entries[$0].isItem || entries[$0].isContent(.text) }
        let branchStarts = span.branches.map { branch in branch.first(where: { owner[$0] == nil && !isStray($0) }) }

        if parent == .line || parent == .row { return parent! }
        if allRows {
            if parent != .row, let previous = previousLine(before: span.open), entries[previous].isContent(.row) { return .row }
            if parent != .row {
                diagnostics.append(
                    .init(
                        "table rows inside {{#\(span.kind.rawValue)}} need their table directly above: the header row and the |---| row, with no blank line",
                        at: span.position))
            }
            return .row
        }
        if allText, parent == .item || isGlued(span) { return .line }
        if itemsOnly || parent == .item {
            if let bad = branchStarts.compactMap({ $0 }).first(where: { !entries[$0].isItem }) {
                diagnostics.append(
                    .init(
                        "inside a list, {{#\(span.kind.rawValue)}} must enclose whole list items; this branch starts with text that is not an item (line \(entryPosition(bad).line))",
                        at: span.position))
            }
            return .item
        }
        return .block
    }

    /// Whether a control of only text lines touches a paragraph or list item above or below it.
    private func isGlued(_ span: Span) -> Bool {
        if let previous = previousLine(before: span.open),
            entries[previous].isContent(.text) || entries[previous].isItem
        {
            return true
        }
        return span.close + 1 < entries.count && entries[span.close + 1].isContent(.text)
    }

    /// The nearest content line above `index`, looking through tags that do not separate blocks;
    /// nil at a blank line, a fence or a block-level tag.
    func previousLine(before index: Int) -> Int? {
        var j = index - 1
        while j >= 0 {
            switch entries[j] {
            case .content: return j
            case .control:
                if let open = owner[j], let span = spans[open], span.level == .block || open == index { return nil }
                j -= 1
            default: return nil
            }
        }
        return nil
    }

    /// Whether a control line failed to pair (it is ignored after its error).
    func isStray(_ index: Int) -> Bool {
        if case .control = entries[index] { return owner[index] == nil }
        return false
    }

    /// Where an entry starts, for messages.
    func entryPosition(_ index: Int) -> SourcePosition {
        switch entries[index] {
        case .control(_, let p), .fenceOpen(_, let p), .fenceClose(let p): return p
        case .content(_, let line): return line.position
        case .blank: return SourcePosition(file: "", line: 0, column: 1, sourceLine: "")
        }
    }
}
