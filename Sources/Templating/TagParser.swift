/// Parses the content of one tag (the text between `{{` and `}}`).
struct TagParser {
    /// A problem at an offset into the tag's content.
    typealias Failure = TagLexer.Failure

    private var tokens: [TagToken]
    private var index = 0

    /// Parses `content`; `position` is the tag's `{{`, used for holes.
    static func parse(_ content: [Character], at position: SourcePosition) throws(Failure) -> Tag {
        let trimmed = content.drop(while: \.isWhitespace)
        let skipped = content.count - trimmed.count
        switch trimmed.first {
        case "!": return .comment
        case ">":
            let name = String(trimmed.dropFirst()).trimmingWhitespace
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) else {
                throw Failure(message: "expected a partial name such as {{> signature}}", offset: skipped + 1)
            }
            return .partial(name)
        case "#", "/":
            var parser = TagParser(tokens: try TagLexer.tokens(Array(trimmed.dropFirst())))
            parser.shift(skipped + 1)
            return try trimmed.first == "#" ? parser.openTag() : parser.closeTag()
        case nil:
            throw Failure(message: "empty tag: expected a value such as {{debtor.name}}", offset: 0)
        default:
            var parser = TagParser(tokens: try TagLexer.tokens(content))
            if case .word("else") = parser.peek.kind { return try parser.elseTag() }
            return try .variable(parser.hole(at: position))
        }
    }

    private init(tokens: [TagToken]) { self.tokens = tokens }

    private mutating func shift(_ offset: Int) {
        for i in tokens.indices { tokens[i].offset += offset }
    }

    private var peek: TagToken { tokens[index] }

    private mutating func next() -> TagToken {
        defer { if index < tokens.count - 1 { index += 1 } }
        return tokens[index]
    }

    private mutating func expectEnd(_ what: String) throws(Failure) {
        guard peek.kind == .end else { throw Failure(message: "unexpected \(peek.display) after \(what)", offset: peek.offset) }
    }

    private mutating func blockKind() throws(Failure) -> BlockKind {
        let token = next()
        guard case .word(let word) = token.kind, let kind = BlockKind(rawValue: word) else {
            let hint = { if case .word(let w) = token.kind { return Suggestion.hint(for: w, in: BlockKind.allCases.map(\.rawValue)) } else { return "" } }()
            throw Failure(message: "unknown block \(token.display)\(hint); blocks are #if, #unless and #each", offset: token.offset)
        }
        return kind
    }

    private mutating func openTag() throws(Failure) -> Tag {
        let kind = try blockKind()
        if peek.kind == .end {
            throw Failure(message: "{{#\(kind.rawValue)}} needs \(kind == .each ? "a list to loop over" : "a condition")", offset: peek.offset)
        }
        let expression: Expression
        if kind == .each {
            let token = next()
            guard case .word(let word) = token.kind else {
                throw Failure(message: "{{#each}} needs a path to a list, not \(token.display)", offset: token.offset)
            }
            expression = .reference(try Self.reference(word, offset: token.offset))
        } else {
            expression = try ExpressionParser.parse(&tokens, &index)
        }
        try expectEnd("the \(kind == .each ? "list" : "condition")")
        return .open(kind, expression)
    }

    private mutating func closeTag() throws(Failure) -> Tag {
        let kind = try blockKind()
        try expectEnd("{{/\(kind.rawValue)")
        return .close(kind)
    }

    private mutating func elseTag() throws(Failure) -> Tag {
        _ = next()
        if peek.kind == .end { return .otherwise(nil) }
        guard case .word("if") = peek.kind else { throw Failure(message: "expected {{else}} or {{else if condition}}", offset: peek.offset) }
        _ = next()
        let condition = try ExpressionParser.parse(&tokens, &index)
        try expectEnd("the condition")
        return .otherwise(condition)
    }

    private mutating func hole(at position: SourcePosition) throws(Failure) -> Hole {
        let operand = try ExpressionParser.primary(&tokens, &index)
        var filters: [FilterCall] = []
        while peek.kind == .symbol("|") {
            _ = next()
            let token = next()
            guard case .word(let name) = token.kind else { throw Failure(message: "expected a filter name after '|'", offset: token.offset) }
            guard let filter = Filter(rawValue: name) else {
                throw Failure(message: "unknown filter '\(name)'\(Suggestion.hint(for: name, in: Filter.allCases.map(\.rawValue)))", offset: token.offset)
            }
            var arguments: [TemplateValue] = []
            if peek.kind == .symbol(":") {
                _ = next()
                while true {
                    let argument = next()
                    guard case .literal(let value)? = ExpressionParser.literal(argument) else {
                        throw Failure(message: "filter arguments are literals such as \"text\" or 12, not \(argument.display)", offset: argument.offset)
                    }
                    arguments.append(value)
                    guard peek.kind == .symbol(",") else { break }
                    _ = next()
                }
            }
            if let problem = filter.validate(arguments) { throw Failure(message: problem, offset: token.offset) }
            filters.append(FilterCall(filter: filter, arguments: arguments))
        }
        if peek.kind != .end {
            throw Failure(message: "unexpected \(peek.display) in a value tag; expected '|' and a filter, or '}}'", offset: peek.offset)
        }
        return Hole(operand: operand, filters: filters, position: position)
    }

    /// A reference from a word: `this…`, `@index`, or a dotted path.
    static func reference(_ word: String, offset: Int) throws(Failure) -> ValueReference {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { throw Failure(message: "'\(word)' is not a valid path", offset: offset) }
        if word.hasPrefix("@") {
            guard parts.count == 1, let variable = ValueReference.LoopVariable(rawValue: String(word.dropFirst())) else {
                throw Failure(message: "unknown loop variable '\(word)'; use @index, @number, @first or @last", offset: offset)
            }
            return .loop(variable)
        }
        if parts[0] == "this" { return .this(Array(parts.dropFirst())) }
        return .path(parts)
    }
}

extension StringProtocol {
    /// The string without leading and trailing whitespace.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
