extension CompiledTemplate {
    /// Every value path the template can read, in source order within the front matter and then
    /// the body (partials inlined): holes, conditions, `{{#each}}` lists, `requires` and
    /// `applies_when`. Loop counters such as `@index` are not paths and are left out.
    public var referencedPaths: [TemplateReference] {
        var collector = ReferenceCollector()
        collector.front(self)
        collector.blocks(blocks)
        return collector.references
    }
}

/// Walks a compiled template, keeping the enclosing `{{#each}}` lists to spell loop-relative paths.
private struct ReferenceCollector {
    var references: [TemplateReference] = []
    /// For each enclosing loop, innermost last, the paths its items may come from (`debts[]`).
    private var loops: [[String]] = []

    mutating func front(_ template: CompiledTemplate) {
        for (path, position) in zip(template.frontMatter.requires, template.frontMatterSites.requires) {
            references.append(.init(path: path, candidates: [path], isLoopRelative: false, site: .requires, location: position.location))
        }
        if let condition = template.appliesWhen {
            add(condition.expression, .appliesWhen, at: template.frontMatterSites.appliesWhen ?? .init(file: template.path, line: 1, column: 1, sourceLine: ""))
        }
    }

    mutating func blocks(_ nodes: [BlockNode]) {
        for node in nodes {
            switch node {
            case .heading(_, let content): inlines(content)
            case .paragraph(_, _, let lines): self.lines(lines)
            case .list(_, let items): self.items(items)
            case .table(let header, _, let rows):
                header.forEach { inlines($0) }
                self.rows(rows)
            case .pageBreak, .fixed: break
            case .group(_, let children): blocks(children)
            case .control(let control): walk(control) { $0.blocks($1) }
            }
        }
    }

    private mutating func lines(_ nodes: [LineNode]) {
        for node in nodes {
            switch node {
            case .line(let content, _): inlines(content)
            case .control(let control): walk(control) { $0.lines($1) }
            }
        }
    }

    private mutating func items(_ nodes: [ItemNode]) {
        for node in nodes {
            switch node {
            case .item(let lines): self.lines(lines)
            case .control(let control): walk(control) { $0.items($1) }
            }
        }
    }

    private mutating func rows(_ nodes: [RowNode]) {
        for node in nodes {
            switch node {
            case .row(let cells): cells.forEach { inlines($0) }
            case .control(let control): walk(control) { $0.rows($1) }
            }
        }
    }

    private mutating func inlines(_ nodes: [InlineNode]) {
        for node in nodes {
            switch node {
            case .text: break
            case .hole(let hole): add(hole.operand, .hole, at: hole.position)
            case .strong(let inner), .emphasis(let inner), .underline(let inner): inlines(inner)
            case .control(let control): walk(control) { $0.inlines($1) }
            }
        }
    }

    private mutating func walk<Child>(_ control: Control<Child>, _ children: (inout ReferenceCollector, [Child]) -> Void) {
        switch control.kind {
        case .conditional(let branches, let otherwise):
            for branch in branches {
                add(branch.condition, .condition, at: branch.position)
                children(&self, branch.body)
            }
            children(&self, otherwise)
        case .each(let list, let position, let body, let otherwise):
            let sources = candidates(for: list)
            add(.reference(list), .each, at: position)
            children(&self, otherwise)
            loops.append(sources.map { $0 + "[]" })
            children(&self, body)
            loops.removeLast()
        }
    }

    private mutating func add(_ expression: Expression, _ site: TemplateReference.Site, at position: SourcePosition) {
        switch expression {
        case .reference(let reference):
            let found = candidates(for: reference)
            guard !found.isEmpty else { return }
            references.append(
                .init(
                    path: reference.spelling, candidates: found, isLoopRelative: !loops.isEmpty,
                    site: site, location: position.location))
        case .literal: break
        case .not(let inner): add(inner, site, at: position)
        case .and(let a, let b), .or(let a, let b), .compare(let a, _, let b):
            add(a, site, at: position)
            add(b, site, at: position)
        }
    }

    /// The context paths `reference` may read here; empty for loop counters.
    private func candidates(for reference: ValueReference) -> [String] {
        // A numeric part indexes a list, so `levies.0.bank` is spelled `levies[].bank`.
        func joined(_ base: String, _ parts: [String]) -> String {
            parts.reduce(into: base) { path, part in
                if !part.isEmpty, part.allSatisfy(\.isASCIIDigit) { path += "[]" } else { path += (path.isEmpty ? "" : ".") + part }
            }
        }
        var found: [String] = []
        switch reference {
        case .loop: return []
        case .this(let parts):
            // `this` is the innermost item, or the context root outside loops.
            for base in loops.last ?? [""] { found.append(joined(base, parts)) }
        case .path(let parts, _):
            for loop in loops.reversed() { for base in loop { found.append(joined(base, parts)) } }
            found.append(joined("", parts))
        }
        var seen: Set<String> = []
        return found.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
