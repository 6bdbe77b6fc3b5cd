/// Parses conditions: `a and not (b == "x" or c > $500.00)`.
///
/// Precedence, loosest first: `or`, `and`, `not`, comparisons, operands.
enum ExpressionParser {
    typealias Failure = TagLexer.Failure

    /// Parses a whole condition starting at `index`.
    static func parse(_ tokens: inout [TagToken], _ index: inout Int) throws(Failure) -> Expression {
        var budget = TemplateLimits.expressionSize
        return try or(tokens, &index, &budget)
    }

    /// Parses one operand: a reference or a literal.
    static func primary(_ tokens: inout [TagToken], _ index: inout Int) throws(Failure) -> Expression {
        var budget = TemplateLimits.expressionSize
        return try operand(tokens, &index, &budget)
    }

    /// Counts one operator or parenthesis against the condition's size, so that the tree (and
    /// every recursive walk over it) stays shallow.
    private static func spend(_ budget: inout Int, at token: TagToken) throws(Failure) {
        budget -= 1
        if budget < 0 {
            throw Failure(
                message: "condition too large: more than \(TemplateLimits.expressionSize) operators and parentheses; split it into nested blocks",
                offset: token.offset)
        }
    }

    /// The literal a token spells, if it is one.
    static func literal(_ token: TagToken) -> Expression? {
        switch token.kind {
        case .string(let s): return .literal(.string(s))
        case .int(let n): return .literal(.int(n))
        case .money(let c): return .literal(.money(cents: c))
        case .word("true"): return .literal(.bool(true))
        case .word("false"): return .literal(.bool(false))
        case .word("null"): return .literal(.null)
        default: return nil
        }
    }

    private static func or(_ tokens: [TagToken], _ index: inout Int, _ budget: inout Int) throws(Failure) -> Expression {
        var left = try and(tokens, &index, &budget)
        while tokens[index].kind == .word("or") {
            try spend(&budget, at: tokens[index])
            index += 1
            left = .or(left, try and(tokens, &index, &budget))
        }
        return left
    }

    private static func and(_ tokens: [TagToken], _ index: inout Int, _ budget: inout Int) throws(Failure) -> Expression {
        var left = try not(tokens, &index, &budget)
        while tokens[index].kind == .word("and") {
            try spend(&budget, at: tokens[index])
            index += 1
            left = .and(left, try not(tokens, &index, &budget))
        }
        return left
    }

    private static func not(_ tokens: [TagToken], _ index: inout Int, _ budget: inout Int) throws(Failure) -> Expression {
        if tokens[index].kind == .word("not") {
            try spend(&budget, at: tokens[index])
            index += 1
            return .not(try not(tokens, &index, &budget))
        }
        return try comparison(tokens, &index, &budget)
    }

    private static func comparison(_ tokens: [TagToken], _ index: inout Int, _ budget: inout Int) throws(Failure) -> Expression {
        let left = try operand(tokens, &index, &budget)
        guard case .symbol(let symbol) = tokens[index].kind, let op = Expression.Comparison(rawValue: symbol) else { return left }
        try spend(&budget, at: tokens[index])
        index += 1
        return .compare(left, op, try operand(tokens, &index, &budget))
    }

    private static func operand(_ tokens: [TagToken], _ index: inout Int, _ budget: inout Int) throws(Failure) -> Expression {
        let token = tokens[index]
        if let literal = literal(token) {
            index += 1
            return literal
        }
        switch token.kind {
        case .symbol("("):
            try spend(&budget, at: token)
            index += 1
            let inner = try or(tokens, &index, &budget)
            guard tokens[index].kind == .symbol(")") else {
                throw Failure(message: "expected ')' to close the '(' at offset, found \(tokens[index].display)", offset: tokens[index].offset)
            }
            index += 1
            return inner
        case .word(let word) where !["and", "or", "not", "else", "if"].contains(word):
            index += 1
            return .reference(try TagParser.reference(word, offset: token.offset))
        default:
            throw Failure(message: "expected a value (a path such as debtor.name, or a literal), found \(token.display)", offset: token.offset)
        }
    }
}
