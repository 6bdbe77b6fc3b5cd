extension Control {
    /// Builds a control from its opening tag and its branches in order; the first branch belongs
    /// to the opening tag, later ones to `{{else if c}}` (a condition) or `{{else}}` (nil).
    /// The caller has already checked that `{{else if}}` only follows `#if`/`#unless`.
    static func make(
        _ kind: BlockKind, _ expression: Expression, at position: SourcePosition,
        branches: [(condition: Expression?, body: [Child], position: SourcePosition)]
    ) -> Control {
        let first = branches.first?.body ?? []
        let otherwise = branches.count > 1 && branches.last!.condition == nil ? branches.last!.body : []
        switch kind {
        case .each:
            guard case .reference(let list) = expression else {
                return .conditional(branches: [], otherwise: otherwise)
            }
            return .each(list: list, position: position, body: first, otherwise: otherwise)
        case .if, .unless:
            var conditional: [(condition: Expression, body: [Child], position: SourcePosition)] = [
                (kind == .if ? expression : .not(expression), first, position)
            ]
            for branch in branches.dropFirst() {
                if let condition = branch.condition { conditional.append((condition, branch.body, branch.position)) }
            }
            return .conditional(branches: conditional, otherwise: otherwise)
        }
    }
}

/// Messages shared by the block and inline parsers when block tags do not pair up.
enum BlockTagMessages {
    static func unclosed(_ kind: BlockKind, inline: Bool) -> String {
        inline
            ? "{{#\(kind.rawValue)}} is not closed on this line; close it with {{/\(kind.rawValue)}} on the same line, or put the block tags on lines of their own"
            : "unclosed {{#\(kind.rawValue)}}: expected {{/\(kind.rawValue)}}"
    }

    static func unopened(_ kind: BlockKind) -> String {
        "{{/\(kind.rawValue)}} without a matching {{#\(kind.rawValue)}}"
    }

    static func mismatched(_ kind: BlockKind, opened: BlockKind, at position: SourcePosition) -> String {
        "{{/\(kind.rawValue)}} does not close {{#\(opened.rawValue)}} (opened at line \(position.line), column \(position.column)); expected {{/\(opened.rawValue)}}"
    }

    static func strayElse(_ condition: Expression?) -> String {
        condition == nil ? "{{else}} outside {{#if}}, {{#unless}} or {{#each}}" : "{{else if}} outside {{#if}} or {{#unless}}"
    }

    static let elseIfInEach = "{{else if}} cannot be used in {{#each}}; only {{else}} (for an empty list)"
    static let elseAfterElse = "nothing may follow {{else}} but the closing tag"
}
