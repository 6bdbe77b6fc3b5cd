import DocumentTree

/// Walks a compiled template once, filling holes from the context. Never parses anything.
struct Renderer {
    /// One level of the scope chain: the context, then one per enclosing `{{#each}}` item.
    struct Scope {
        var value: TemplateValue
        var index = 0
        var count = 0
        var isLoop = false
    }

    var scopes: [Scope]
    /// The template's numbered paths, and what each was found to hold in this render (see
    /// ``value(of:)``).
    private let paths: PathNumbering.Table
    private var remembered: [Remembered]
    /// The context's fields (none when it is not a map), kept apart from `scopes[0]`: most
    /// look-ups end there, and reading a stored dictionary costs no copy of the scope.
    private let contextFields: [String: TemplateValue]
    let language: TemplateLanguage
    let draft: Bool
    /// Every problem, in template order, each once.
    private(set) var problems: [TemplateDiagnostic] = []
    /// The text of the last `::: header` rendered (the continuation header), if any.
    private(set) var header: String?
    private var seen: Set<TemplateDiagnostic> = []
    /// Nodes visited and bytes written so far, against ``TemplateLimits/renderSteps`` and
    /// ``TemplateLimits/renderOutput``.
    private var steps = 0
    private var written = 0
    /// Whether the work budget ran out; every walk then stops where it is.
    private(set) var isExhausted = false
    private var exhaustionReported = false

    /// Whether a numbered path has been looked up in this render, and what it held.
    enum Remembered {
        case unknown
        case found(TemplateValue?)
    }

    /// A renderer for `context`; `paths` are the paths the template numbered, if any.
    init(context: TemplateValue, language: TemplateLanguage, draft: Bool, paths: PathNumbering.Table = .init()) {
        // Room for nested loops from the start, so entering an {{#each}} does not reallocate.
        var chain: [Scope] = []
        chain.reserveCapacity(4)
        chain.append(Scope(value: context))
        scopes = chain
        if case .map(let fields) = context { contextFields = fields } else { contextFields = [:] }
        self.language = language
        self.draft = draft
        self.paths = paths
        remembered = Array(repeating: .unknown, count: paths.keys.count)
    }

    /// The blocks, filled.
    mutating func render(_ nodes: [BlockNode]) -> [Block] {
        var out: [Block] = []
        // A fixed node stands for all the blocks it holds: count them, or the array regrows.
        out.reserveCapacity(
            nodes.reduce(0) { count, node in
                if case .fixed(let rendered) = node { return count + rendered.count }
                return count + 1
            })
        blocks(nodes, into: &out)
        return out
    }

    private mutating func blocks(_ nodes: [BlockNode], into out: inout [Block]) {
        for node in nodes {
            guard step() else { return }
            switch node {
            case .heading(let level, let content):
                var builder = InlineBuilder()
                inlines(content, into: &builder)
                out.append(.heading(level: level, content: builder.finish()))
            case .paragraph(let style, let hardBreaks, let lines):
                var builder = InlineBuilder()
                self.lines(lines, hardBreaks: hardBreaks, into: &builder)
                if !builder.isEmpty { out.append(.paragraph(style: style, content: builder.finish())) }
            case .list(let kind, let items):
                var rendered: [[Inline]] = []
                self.items(items, into: &rendered)
                if !rendered.isEmpty { out.append(.list(kind: kind, items: rendered)) }
            case .table(let header, let alignments, let rows):
                let headerCells = header.map { cell($0) }
                var body: [[[Inline]]] = []
                self.rows(rows, into: &body)
                out.append(.table(Table(header: headerCells, rows: body, alignments: alignments)))
            case .pageBreak:
                out.append(.pageBreak)
            case .fixed(let rendered):
                guard write(rendered.count) else { return }
                out.append(contentsOf: rendered)
            case .group(let group, let children):
                var inner: [Block] = []
                blocks(children, into: &inner)
                switch group {
                case .keep: if !inner.isEmpty { out.append(.keep(inner)) }
                case .form: out.append(contentsOf: inner.map(\.asForm))
                case .header: header = inner.compactMap(\.headerLine).joined(separator: "\n")
                }
            case .control(let control):
                walk(control) { $0.blocks($1, into: &out) }
            }
        }
    }

    private mutating func lines(_ nodes: [LineNode], hardBreaks: Bool, into builder: inout InlineBuilder) {
        for node in nodes {
            guard step() else { return }
            switch node {
            case .line(let content, let hardBreak):
                let before = builder.additions
                inlines(content, into: &builder)
                if builder.additions > before { builder.pendingSeparator = hardBreaks || hardBreak ? .lineBreak : .space }
            case .control(let control):
                walk(control) { $0.lines($1, hardBreaks: hardBreaks, into: &builder) }
            }
        }
    }

    private mutating func items(_ nodes: [ItemNode], into out: inout [[Inline]]) {
        for node in nodes {
            guard step() else { return }
            switch node {
            case .item(let lines):
                var builder = InlineBuilder()
                self.lines(lines, hardBreaks: false, into: &builder)
                if !builder.isEmpty { out.append(builder.finish()) }
            case .control(let control):
                walk(control) { $0.items($1, into: &out) }
            }
        }
    }

    private mutating func rows(_ nodes: [RowNode], into out: inout [[[Inline]]]) {
        for node in nodes {
            guard step() else { return }
            switch node {
            case .row(let cells): out.append(cells.map { cell($0) })
            case .control(let control): walk(control) { $0.rows($1, into: &out) }
            }
        }
    }

    private mutating func cell(_ content: [InlineNode]) -> [Inline] {
        var builder = InlineBuilder()
        inlines(content, into: &builder)
        return builder.finish()
    }

    private mutating func inlines(_ nodes: [InlineNode], into builder: inout InlineBuilder) {
        for node in nodes {
            guard step() else { return }
            switch node {
            case .text(let text):
                guard write(text.utf8.count) else { return }
                builder.appendLiteral(text)
            case .hole(let hole): fill(hole, into: &builder)
            case .strong(let children), .emphasis(let children), .underline(let children):
                var inner = InlineBuilder()
                inlines(children, into: &inner)
                guard !inner.isEmpty else { continue }
                let content = inner.finish()
                switch node {
                case .strong: builder.append(.strong(content))
                case .emphasis: builder.append(.emphasis(content))
                default: builder.append(.underline(content))
                }
            case .control(let control):
                walk(control) { $0.inlines($1, into: &builder) }
            }
        }
    }

    /// Runs the chosen branch, or the loop body once per item with the item's scope pushed.
    private mutating func walk<Child>(_ control: Control<Child>, _ body: (inout Renderer, [Child]) -> Void) {
        switch control.kind {
        case .conditional(let branches, let otherwise):
            // By index, so that only the condition and the body are read, not each branch's
            // whole tuple with the two strings of its source position.
            for index in branches.indices where branches[index].condition.evaluate({ value(of: $0) }).isTruthy {
                body(&self, branches[index].body)
                return
            }
            body(&self, otherwise)
        case .each(let list, _, let children, let otherwise):
            switch value(of: list) {
            case nil, .null?:
                body(&self, otherwise)
            case .list(let items)?:
                if items.isEmpty { body(&self, otherwise) }
                for (index, item) in items.enumerated() {
                    scopes.append(Scope(value: item, index: index, count: items.count, isLoop: true))
                    body(&self, children)
                    scopes.removeLast()
                    if isExhausted {
                        if !exhaustionReported, case .each(_, let position, _, _) = control.kind {
                            exhaustionReported = true
                            problems.append(TemplateDiagnostic(TemplateLimits.renderWorkExceeded, at: position))
                        }
                        return
                    }
                }
            case let other?:
                // The position is read only here: binding it above copied its two strings per loop.
                guard !draft, case .each(_, let position, _, _) = control.kind else { return }
                report("{{#each}} needs a list, but '\(list.spelling)' is \(other.kindName)", at: position)
            }
        }
    }

    /// The value a reference names, as ``resolve(_:)`` finds it, but a numbered path is looked up
    /// once per render outside loops and then read from `remembered`. Inside a loop the same path
    /// may name a field of the item, so it is looked up every time.
    mutating func value(of reference: ValueReference) -> TemplateValue? {
        guard case .path(_, let slot?) = reference, scopes.count == 1, slot < remembered.count else {
            return resolve(reference)
        }
        return value(ofSlot: slot)
    }

    /// The context's value at numbered path `slot`: one step from its parent's value (looked up
    /// the same way), or a field of the context at the top; the step a path look-up takes.
    private mutating func value(ofSlot slot: Int) -> TemplateValue? {
        if case .found(let value) = remembered[slot] { return value }
        let value: TemplateValue?
        if let parent = paths.parents[slot] {
            value = self.value(ofSlot: parent)?.value(atStep: paths.keys[slot])
        } else {
            value = contextFields[paths.keys[slot]]?.found
        }
        remembered[slot] = .found(value)
        return value
    }

    /// The value a reference names, looking through the scope chain; nil when missing.
    func resolve(_ reference: ValueReference) -> TemplateValue? {
        switch reference {
        case .path(let parts, _):
            var level = scopes.count - 1
            while level > 0 {
                if case .map(let fields) = scopes[level].value, let value = fields[parts[0]]?.found {
                    return parts.count == 1 ? value : value.value(at: parts, from: 1)
                }
                level -= 1
            }
            guard let value = contextFields[parts[0]]?.found else { return nil }
            return parts.count == 1 ? value : value.value(at: parts, from: 1)
        case .this(let parts):
            return scopes[scopes.count - 1].value.value(at: parts, from: 0)
        case .loop(let variable):
            guard let scope = scopes.last(where: \.isLoop) else { return nil }
            switch variable {
            case .index: return .int(scope.index)
            case .number: return .int(scope.index + 1)
            case .first: return .bool(scope.index == 0)
            case .last: return .bool(scope.index == scope.count - 1)
            }
        }
    }

    /// Every name a one-word path could reach: the fields of each scope.
    var visibleNames: [String] {
        scopes.flatMap { scope -> [String] in
            if case .map(let fields) = scope.value { return fields.keys.sorted() }
            return []
        }
    }

    /// Counts one node visited; false once the budget is spent.
    mutating func step() -> Bool {
        steps += 1
        if steps > TemplateLimits.renderSteps { isExhausted = true }
        return !isExhausted
    }

    /// Counts `bytes` of text written; false once the budget is spent.
    mutating func write(_ bytes: Int) -> Bool {
        written += bytes
        if written > TemplateLimits.renderOutput { isExhausted = true }
        return !isExhausted
    }

    /// The problem to report when the budget ran out outside any loop (which reports it itself).
    func exhaustion(in file: String) -> TemplateDiagnostic? {
        guard isExhausted, !exhaustionReported else { return nil }
        return TemplateDiagnostic(TemplateLimits.renderWorkExceeded, at: SourcePosition(file: file, line: 1, column: 1, sourceLine: ""))
    }

    mutating func report(_ message: String, at position: SourcePosition) {
        let diagnostic = TemplateDiagnostic(message, at: position)
        if seen.insert(diagnostic).inserted { problems.append(diagnostic) }
    }
}
