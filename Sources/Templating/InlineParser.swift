/// Parses the inline content of one line (or table cell): text, `**strong**`, `*emphasis*`,
/// `__underline__`, backslash escapes, holes and inline `{{#if}}`/`{{#each}}`.
struct InlineParser {
    /// An emphasis marker.
    enum Delimiter: String {
        case strong = "**", emphasis = "*", underline = "__"
    }

    private enum Token {
        case text(String)
        case delimiter(Delimiter, canOpen: Bool, canClose: Bool, SourcePosition)
        case tag(Tag, SourcePosition)
    }

    private enum Stop {
        case end
        case delimiter(Delimiter)
        case otherwise(Expression?, SourcePosition)
        case close(BlockKind, SourcePosition)
    }

    private var tokens: [Token] = []
    private var index = 0
    /// Sequences open at once (each emphasis and each inline block tag opens one).
    private var depth = 0
    /// Where nesting first went past ``TemplateLimits/inlineDepth``; the line is then abandoned.
    private var tooDeep: SourcePosition?
    /// Problems found while parsing.
    private(set) var diagnostics: [TemplateDiagnostic] = []

    /// Parses pieces into inline nodes, reporting problems into `diagnostics`.
    static func parse(_ pieces: [TemplateLine.Piece], into diagnostics: inout [TemplateDiagnostic]) -> [InlineNode] {
        var parser = InlineParser()
        parser.tokenize(pieces)
        var nodes: [InlineNode] = []
        while true {
            let (part, stop) = parser.sequence(open: [])
            nodes.append(contentsOf: part)
            switch stop {
            case .end, .delimiter:
                if let at = parser.tooDeep {
                    diagnostics.append(
                        .init("inline tags and emphasis nested too deeply: more than \(TemplateLimits.inlineDepth) open at once on one line", at: at))
                    return []
                }
                diagnostics.append(contentsOf: parser.diagnostics)
                return nodes
            case .otherwise(let condition, let position):
                parser.diagnostics.append(.init(BlockTagMessages.strayElse(condition), at: position))
            case .close(let kind, let position):
                parser.diagnostics.append(.init(BlockTagMessages.unopened(kind), at: position))
            }
        }
    }

    private mutating func tokenize(_ pieces: [TemplateLine.Piece]) {
        for (n, piece) in pieces.enumerated() {
            switch piece {
            case .tag(let tag, let position):
                tokens.append(.tag(tag, position))
            case .text(let chars, let position):
                let tagBefore = n > 0, tagAfter = n + 1 < pieces.count
                tokenize(chars, position, tagBefore: tagBefore, tagAfter: tagAfter)
            }
        }
    }

    private mutating func tokenize(_ chars: [Character], _ position: SourcePosition, tagBefore: Bool, tagAfter: Bool) {
        var text = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                let next = chars[i + 1]
                if !(next.isASCII && next.isPunctuationOrSymbol) { text.append(c) }
                text.append(next)
                i += 2
                continue
            }
            let width: Int, delimiter: Delimiter
            if c == "*" {
                (width, delimiter) = i + 1 < chars.count && chars[i + 1] == "*" ? (2, .strong) : (1, .emphasis)
            } else if c == "_", i + 1 < chars.count, chars[i + 1] == "_" {
                (width, delimiter) = (2, .underline)
            } else {
                text.append(c)
                i += 1
                continue
            }
            let before: Character = i > 0 ? chars[i - 1] : (tagBefore ? "x" : " ")
            let after: Character = i + width < chars.count ? chars[i + width] : (tagAfter ? "x" : " ")
            if !text.isEmpty { tokens.append(.text(text)); text = "" }
            tokens.append(.delimiter(delimiter, canOpen: !after.isWhitespace, canClose: !before.isWhitespace, position.advanced(by: i)))
            i += width
        }
        if !text.isEmpty { tokens.append(.text(text)) }
    }

    private mutating func sequence(open: [Delimiter]) -> ([InlineNode], Stop) {
        depth += 1
        defer { depth -= 1 }
        if depth > TemplateLimits.inlineDepth {
            if tooDeep == nil {
                tooDeep =
                    tokens[..<index].reversed().lazy.compactMap { token -> SourcePosition? in
                        switch token {
                        case .delimiter(_, _, _, let p), .tag(_, let p): return p
                        case .text: return nil
                        }
                    }.first
            }
            index = tokens.count
            return ([], .end)
        }
        var nodes: [InlineNode] = []
        func appendText(_ s: String) {
            if case .text(let previous)? = nodes.last { nodes[nodes.count - 1] = .text(previous + s) } else { nodes.append(.text(s)) }
        }
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .text(let s):
                appendText(s)
            case .delimiter(let d, let canOpen, let canClose, let position):
                if canClose, open.contains(d) { return (nodes, .delimiter(d)) }
                guard canOpen else { appendText(d.rawValue); continue }
                let (inner, stop) = sequence(open: open + [d])
                if case .delimiter(d) = stop {
                    nodes.append(d == .strong ? .strong(inner) : d == .emphasis ? .emphasis(inner) : .underline(inner))
                    continue
                }
                diagnostics.append(
                    .init(
                        "'\(d.rawValue)' is not closed on this line; close it, or write \(d.rawValue.map { "\\\($0)" }.joined()) for a literal \(d.rawValue)",
                        at: position))
                appendText(d.rawValue)
                for node in inner { if case .text(let s) = node { appendText(s) } else { nodes.append(node) } }
                if case .end = stop { return (nodes, .end) }
                return (nodes, stop)
            case .tag(let tag, let position):
                switch tag {
                case .variable(let hole): nodes.append(.hole(hole))
                case .comment, .partial: continue
                case .open(let kind, let expression): nodes.append(.control(control(kind, expression, position)))
                case .otherwise(let condition): return (nodes, .otherwise(condition, position))
                case .close(let kind): return (nodes, .close(kind, position))
                }
            }
        }
        return (nodes, .end)
    }

    private mutating func control(_ kind: BlockKind, _ expression: Expression, _ position: SourcePosition) -> Control<InlineNode> {
        var branches: [(condition: Expression?, body: [InlineNode], position: SourcePosition)] = []
        var condition: Expression? = expression
        var branchPosition = position
        while true {
            let (body, stop) = sequence(open: [])
            branches.append((condition, body, branchPosition))
            switch stop {
            case .end, .delimiter:
                diagnostics.append(.init(BlockTagMessages.unclosed(kind, inline: true), at: position))
                return .make(kind, expression, at: position, branches: branches)
            case .close(let closing, let closePosition):
                if closing != kind {
                    diagnostics.append(.init(BlockTagMessages.mismatched(closing, opened: kind, at: position), at: closePosition))
                }
                return .make(kind, expression, at: position, branches: branches)
            case .otherwise(let next, let elsePosition):
                if kind == .each, next != nil {
                    diagnostics.append(.init(BlockTagMessages.elseIfInEach, at: elsePosition))
                } else if branches.count > 1, branches.last?.condition == nil || kind == .each {
                    diagnostics.append(.init(BlockTagMessages.elseAfterElse, at: elsePosition))
                }
                condition = next
                branchPosition = elsePosition
            }
        }
    }
}

extension Character {
    /// ASCII punctuation and symbols: the characters a backslash can escape.
    var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
