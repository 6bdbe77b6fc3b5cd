/// Where a value comes from: a dotted path looked up through the scope chain, the current loop
/// item, or a loop counter.
enum ValueReference: Sendable {
    /// `debtor.name`: the first name found in the innermost loop item, then outer items, then
    /// the context. `slot` numbers the path within its compiled template (see ``PathNumbering``);
    /// nil until numbered.
    case path([String], slot: Int? = nil)
    /// `this` or `this.amount`: the current loop item (the context outside loops).
    case this([String])
    /// `@index`, `@number`, `@first`, `@last`.
    case loop(LoopVariable)

    /// The loop counters a template can read inside `{{#each}}`.
    enum LoopVariable: String, Sendable, Hashable, CaseIterable {
        /// 0-based position.
        case index
        /// 1-based position.
        case number
        /// Whether this is the first item.
        case first
        /// Whether this is the last item.
        case last
    }

    /// The path as written, for messages: `debtor.name`, `this.amount`, `@index`.
    var spelling: String {
        switch self {
        case .path(let parts, _): return parts.joined(separator: ".")
        case .this(let parts): return (["this"] + parts).joined(separator: ".")
        case .loop(let variable): return "@" + variable.rawValue
        }
    }

    /// The draft placeholder: `collector.address` → `[COLLECTOR ADDRESS]`.
    var placeholder: String {
        let words: [String]
        switch self {
        case .path(let parts, _): words = parts
        case .this(let parts): words = parts.isEmpty ? ["item"] : parts
        case .loop(let variable): words = [variable.rawValue]
        }
        let text = String(words.joined(separator: " ").map { $0 == "_" || $0 == "-" ? " " : $0 })
        return "[" + text.uppercased() + "]"
    }
}

/// A condition or a printed operand, compiled from tag text.
enum Expression: Sendable {
    /// A value from the context.
    case reference(ValueReference)
    /// A literal written in the tag: `"text"`, `12`, `$500.00`, `true`, `null`.
    case literal(TemplateValue)
    /// `not x`.
    indirect case not(Expression)
    /// `a and b`.
    indirect case and(Expression, Expression)
    /// `a or b`.
    indirect case or(Expression, Expression)
    /// `a == b` and the other comparisons.
    indirect case compare(Expression, Comparison, Expression)

    /// The comparison operators.
    enum Comparison: String, Sendable {
        case equal = "==", notEqual = "!=", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    }
}

extension Expression {
    /// Evaluates the expression for a condition; a missing path is null, never an error.
    func evaluate(_ resolve: (ValueReference) -> TemplateValue?) -> TemplateValue {
        switch self {
        case .reference(let reference): return resolve(reference) ?? .null
        case .literal(let value): return value
        case .not(let inner): return .bool(!inner.evaluate(resolve).isTruthy)
        case .and(let a, let b): return .bool(a.evaluate(resolve).isTruthy && b.evaluate(resolve).isTruthy)
        case .or(let a, let b): return .bool(a.evaluate(resolve).isTruthy || b.evaluate(resolve).isTruthy)
        case .compare(let a, let op, let b):
            let left = a.evaluate(resolve), right = b.evaluate(resolve)
            switch op {
            case .equal: return .bool(left == right)
            case .notEqual: return .bool(left != right)
            default:
                guard let order = left.compare(to: right) else { return .bool(false) }
                switch op {
                case .less: return .bool(order < 0)
                case .greater: return .bool(order > 0)
                case .lessOrEqual: return .bool(order <= 0)
                default: return .bool(order >= 0)
                }
            }
        }
    }
}
