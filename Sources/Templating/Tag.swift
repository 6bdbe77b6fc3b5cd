/// One `{{ … }}` tag, parsed.
enum Tag: Sendable {
    /// `{{ path | filter }}`: a hole filled with text at render time.
    case variable(Hole)
    /// `{{! … }}`: dropped.
    case comment
    /// `{{> name}}`: replaced by the partial's text at compile time.
    case partial(String)
    /// `{{#if x}}`, `{{#unless x}}`, `{{#each list}}`.
    case open(BlockKind, Expression)
    /// `{{else}}` (nil) or `{{else if x}}`.
    case otherwise(Expression?)
    /// `{{/if}}`, `{{/unless}}`, `{{/each}}`.
    case close(BlockKind)

    /// Whether the tag opens, continues or closes a block (and so may stand alone on a line).
    var isBlockTag: Bool {
        switch self {
        case .open, .otherwise, .close: return true
        default: return false
        }
    }
}

/// The kinds of block tag.
enum BlockKind: String, Sendable, CaseIterable {
    case `if`, unless, each
}

/// A variable tag: what to print, how to format it, and where the tag is.
///
/// A final class of constants rather than a struct: the renderer visits every hole of a template
/// on every render, and passing one shared reference costs one retain where copying the struct
/// retained its expression, filters and both strings of its position.
final class Hole: Sendable {
    /// The value: a reference, or a literal.
    let operand: Expression
    /// The filters, applied left to right.
    let filters: [FilterCall]
    /// The `{{` of the tag, for render errors.
    let position: SourcePosition

    init(operand: Expression, filters: [FilterCall], position: SourcePosition) {
        self.operand = operand
        self.filters = filters
        self.position = position
    }
}
