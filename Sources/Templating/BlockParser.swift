import DocumentTree

/// Turns a template body (lines, partials expanded) into compiled blocks.
///
/// A block tag alone on its line works at the level of what it surrounds:
/// - only table rows, directly below a table → repeats or skips rows of that table;
/// - only list items → repeats or skips items, and the list goes on as one list;
/// - only text lines, touching a paragraph or list item (no blank line between) → lines of it;
/// - anything else → whole blocks.
struct BlockParser {
    /// The level a standalone block tag works at.
    enum Level { case block, line, item, row }

    /// An opening block tag's partners.
    struct Span {
        var open: Int
        var elses: [Int]
        var close: Int
        var kind: BlockKind
        var expression: Expression
        var position: SourcePosition
        var level: Level = .block
        /// The branches as line ranges, between the tags.
        var branches: [Range<Int>] {
            let bounds = [open] + elses + [close]
            return (0..<(bounds.count - 1)).map { bounds[$0] + 1..<bounds[$0 + 1] }
        }
    }

    let entries: [LineEntry]
    var diagnostics: [TemplateDiagnostic] = []
    /// Spans by the index of their opening line.
    var spans: [Int: Span] = [:]
    /// For each control line (open, else, close) that paired up, the index of its opening line.
    var owner: [Int: Int] = [:]
    /// Matching `:::` by the index of the opening fence.
    var fences: [Int: Int] = [:]

    /// Compiles lines into blocks, collecting every problem.
    static func parse(_ lines: [TemplateLine], diagnostics: inout [TemplateDiagnostic]) -> [BlockNode] {
        var entries: [LineEntry] = []
        entries.reserveCapacity(lines.count)
        for line in lines {
            if let entry = LineEntry.classify(line, diagnostics: &diagnostics) { entries.append(entry) }
        }
        var parser = BlockParser(entries: entries)
        guard parser.pair() else {
            diagnostics.append(contentsOf: parser.diagnostics)
            return []
        }
        parser.assignLevels()
        let blocks = parser.blocks(0..<entries.count, style: .body, hardBreaks: false)
        diagnostics.append(contentsOf: parser.diagnostics)
        return blocks
    }

    /// Pairs block tags and fences with a stack, reporting strays and unclosed ones; false (having
    /// reported it) when they nest deeper than ``TemplateLimits/blockDepth``.
    private mutating func pair() -> Bool {
        enum Frame { case control(Span), fence(Int, SourcePosition) }
        var stack: [Frame] = []
        for (i, entry) in entries.enumerated() {
            switch entry {
            case .control(.open, let position), .fenceOpen(_, let position):
                if stack.count >= TemplateLimits.blockDepth {
                    diagnostics.append(
                        .init("blocks nested too deeply: more than \(TemplateLimits.blockDepth) {{#if}}, {{#each}} or ::: open at once", at: position))
                    return false
                }
            default: break
            }
            switch entry {
            case .control(.open(let kind, let expression), let position):
                stack.append(.control(Span(open: i, elses: [], close: i, kind: kind, expression: expression, position: position)))
            case .control(.otherwise(let condition), let position):
                guard case .control(var span)? = stack.last else {
                    diagnostics.append(.init(BlockTagMessages.strayElse(condition), at: position)); continue
                }
                if span.kind == .each, condition != nil {
                    diagnostics.append(.init(BlockTagMessages.elseIfInEach, at: position)); continue
                }
                if let last = span.elses.last, span.kind == .each || Self.isPlainElse(entries[last]) {
                    diagnostics.append(.init(BlockTagMessages.elseAfterElse, at: position)); continue
                }
                span.elses.append(i)
                stack[stack.count - 1] = .control(span)
            case .control(.close(let kind), let position):
                guard case .control(var span)? = stack.last else {
                    diagnostics.append(
                        .init(
                            stack.isEmpty
                                ? BlockTagMessages.unopened(kind)
                                : "{{/\(kind.rawValue)}} cannot close a block opened outside the ::: div it is in", at: position))
                    continue
                }
                if span.kind != kind {
                    diagnostics.append(.init(BlockTagMessages.mismatched(kind, opened: span.kind, at: span.position), at: position))
                }
                stack.removeLast()
                span.close = i
                spans[span.open] = span
                for j in [span.open] + span.elses + [i] { owner[j] = span.open }
            case .fenceOpen(_, let position):
                stack.append(.fence(i, position))
            case .fenceClose(let position):
                guard case .fence(let open, _)? = stack.last else {
                    diagnostics.append(
                        .init(
                            stack.contains(where: { if case .fence = $0 { true } else { false } })
                                ? "':::' closes the div while a block tag inside it is still open"
                                : "':::' closes no div; open one with '::: address' (or another style)", at: position))
                    continue
                }
                stack.removeLast()
                fences[open] = i
            default:
                continue
            }
        }
        for frame in stack {
            switch frame {
            case .control(let span): diagnostics.append(.init(BlockTagMessages.unclosed(span.kind, inline: false), at: span.position))
            case .fence(_, let position): diagnostics.append(.init("unclosed div: expected ':::' on a line of its own", at: position))
            }
        }
        return true
    }

    private static func isPlainElse(_ entry: LineEntry) -> Bool {
        if case .control(.otherwise(nil), _) = entry { return true }
        return false
    }
}
