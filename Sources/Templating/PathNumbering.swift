/// Gives every distinct context path a template reads a small number (its slot), once, when the
/// template is compiled; and every path's parent too (`debtor` for `debtor.name`).
///
/// A letter reads the same paths again and again: `{{#if debtor.phone}}{{debtor.phone}}{{/if}}`,
/// or `first_contact.method` compared in seven `{{else if}}` branches, and many paths under one
/// parent (`debtor.name`, `debtor.phone`, `debtor.email`). Each look-up hashes every step of the
/// path; with slots, a render looks each path up once, one step from its parent's remembered
/// value, and then reads it from an array (see ``Renderer``).
struct PathNumbering {
    /// For each slot, the last step of its path and the slot of its parent (nil at the top).
    struct Table: Sendable {
        var keys: [String] = []
        var parents: [Int?] = []
    }

    /// The slot of each path, in order of first appearance.
    private var slots: [[String]: Int] = [:]
    /// What a render needs to look a slot up.
    private(set) var table = Table()

    /// `nodes` with every `.path` reference carrying its slot.
    mutating func numbering(_ nodes: [BlockNode]) -> [BlockNode] {
        nodes.map { node in
            switch node {
            case .heading(let level, let content): return .heading(level: level, content: inlines(content))
            case .paragraph(let style, let hardBreaks, let lines):
                return .paragraph(style: style, hardBreaks: hardBreaks, lines: self.lines(lines))
            case .list(let kind, let items): return .list(kind: kind, items: self.items(items))
            case .table(let header, let alignments, let rows):
                return .table(header: header.map { inlines($0) }, alignments: alignments, rows: self.rows(rows))
            case .pageBreak, .fixed: return node
            case .group(let group, let children): return .group(group, numbering(children))
            case .control(let control): return .control(self.control(control) { $0.numbering($1) })
            }
        }
    }

    private mutating func lines(_ nodes: [LineNode]) -> [LineNode] {
        nodes.map { node in
            switch node {
            case .line(let content, let hardBreak): return .line(inlines(content), hardBreak: hardBreak)
            case .control(let control): return .control(self.control(control) { $0.lines($1) })
            }
        }
    }

    private mutating func items(_ nodes: [ItemNode]) -> [ItemNode] {
        nodes.map { node in
            switch node {
            case .item(let lines): return .item(self.lines(lines))
            case .control(let control): return .control(self.control(control) { $0.items($1) })
            }
        }
    }

    private mutating func rows(_ nodes: [RowNode]) -> [RowNode] {
        nodes.map { node in
            switch node {
            case .row(let cells): return .row(cells.map { inlines($0) })
            case .control(let control): return .control(self.control(control) { $0.rows($1) })
            }
        }
    }

    private mutating func inlines(_ nodes: [InlineNode]) -> [InlineNode] {
        nodes.map { node in
            switch node {
            case .text: return node
            case .hole(let hole):
                return .hole(Hole(operand: expression(hole.operand), filters: hole.filters, position: hole.position))
            case .strong(let children): return .strong(inlines(children))
            case .emphasis(let children): return .emphasis(inlines(children))
            case .underline(let children): return .underline(inlines(children))
            case .control(let control): return .control(self.control(control) { $0.inlines($1) })
            }
        }
    }

    private mutating func control<Child>(
        _ control: Control<Child>,
        _ children: (inout PathNumbering, [Child]) -> [Child]
    ) -> Control<Child> {
        switch control.kind {
        case .conditional(let branches, let otherwise):
            var numbered: [(condition: Expression, body: [Child], position: SourcePosition)] = []
            for branch in branches {
                numbered.append((expression(branch.condition), children(&self, branch.body), branch.position))
            }
            return .conditional(branches: numbered, otherwise: children(&self, otherwise))
        case .each(let list, let position, let body, let otherwise):
            return .each(
                list: reference(list), position: position, body: children(&self, body),
                otherwise: children(&self, otherwise))
        }
    }

    /// `expression` with its references numbered.
    mutating func expression(_ expression: Expression) -> Expression {
        switch expression {
        case .reference(let reference): return .reference(self.reference(reference))
        case .literal: return expression
        case .not(let inner): return .not(self.expression(inner))
        case .and(let a, let b): return .and(self.expression(a), self.expression(b))
        case .or(let a, let b): return .or(self.expression(a), self.expression(b))
        case .compare(let a, let op, let b): return .compare(self.expression(a), op, self.expression(b))
        }
    }

    private mutating func reference(_ reference: ValueReference) -> ValueReference {
        guard case .path(let parts, _) = reference, !parts.isEmpty else { return reference }
        return .path(parts, slot: slot(for: parts))
    }

    /// The slot of `parts` (not empty), numbering it and its parents if new.
    private mutating func slot(for parts: [String]) -> Int {
        if let slot = slots[parts] { return slot }
        let parent = parts.count > 1 ? slot(for: Array(parts.dropLast())) : nil
        let slot = table.keys.count
        slots[parts] = slot
        table.keys.append(parts[parts.count - 1])
        table.parents.append(parent)
        return slot
    }
}
