import Templating

/// Pairs block tags into conditionals and loops over a flat sequence of leaves and tags, reporting
/// every unbalanced tag and recovering so that one pass finds every problem.
struct StructureBuilder<Leaf: Sendable> {
    /// One input item: content, or a block tag (with what remains of its paragraph when that
    /// paragraph cannot go, such as one that ends a section).
    enum Item {
        case leaf(Leaf)
        case tag(TagSite, residue: Leaf?)
    }

    private struct Frame {
        var open: TagSite
        var block: StandaloneTag.Block
        var branches: [Structured<Leaf>.Branch] = []
        var branchSite: TagSite
        var current: [Structured<Leaf>] = []
        var otherwise: [Structured<Leaf>]?
    }

    private var stack: [Frame] = []
    /// Set once blocks nest deeper than ``TemplateLimits/blockDepth``: the rest is then skipped.
    private var tooDeep = false
    private var top: [Structured<Leaf>] = []
    /// Every structural problem found.
    private(set) var problems: [DOCXTemplateFiller.TagProblem] = []

    /// Builds the structure of `items`; `restarts` says whether a loop body restarts its lists.
    static func build(_ items: [Item], restarts: ([Structured<Leaf>]) -> Bool = { _ in false })
        -> (content: [Structured<Leaf>], problems: [DOCXTemplateFiller.TagProblem])
    {
        var builder = StructureBuilder()
        for item in items { builder.add(item, restarts: restarts) }
        return (builder.finish(restarts: restarts), builder.problems)
    }

    private mutating func append(_ node: Structured<Leaf>) {
        guard !stack.isEmpty else { return top.append(node) }
        stack[stack.count - 1].current.append(node)
    }

    private mutating func add(_ item: Item, restarts: ([Structured<Leaf>]) -> Bool) {
        guard !tooDeep else { return }
        switch item {
        case .leaf(let leaf): append(.leaf(leaf))
        case .tag(let site, let residue):
            switch site.tag.role {
            case .open(let block):
                if stack.count >= TemplateLimits.blockDepth {
                    tooDeep = true
                    return problems.append(site.problem("blocks nested too deeply: more than \(TemplateLimits.blockDepth) {{#if}} or {{#each}} open at once"))
                }
                if let residue { append(.leaf(residue)) }
                stack.append(Frame(open: site, block: block, branchSite: site))
            case .otherwise(let conditional):
                otherwise(site, conditional: conditional)
                if let residue { append(.leaf(residue)) }
            case .close(let block):
                close(site, block: block, restarts: restarts)
                if let residue { append(.leaf(residue)) }
            default:
                if let residue { append(.leaf(residue)) }
            }
        }
    }

    private mutating func otherwise(_ site: TagSite, conditional: Bool) {
        guard var frame = stack.popLast() else {
            return problems.append(site.problem("{{else}} outside any {{#if}}, {{#unless}} or {{#each}}"))
        }
        defer { stack.append(frame) }
        if frame.otherwise != nil { return problems.append(site.problem("a second {{else}} in the block opened by \(frame.open.spelling)")) }
        if frame.block == .each && conditional { return problems.append(site.problem("{{#each}} takes a plain {{else}}, not {{else if}}")) }
        frame.branches.append(.init(site: frame.branchSite, body: frame.current))
        frame.current = []
        if conditional { frame.branchSite = site } else { frame.otherwise = [] }
    }

    private mutating func close(_ site: TagSite, block: StandaloneTag.Block, restarts: ([Structured<Leaf>]) -> Bool) {
        guard let frame = stack.last else {
            return problems.append(site.problem("{{/\(block.rawValue)}} without an opening {{#\(block.rawValue)}}"))
        }
        guard frame.block == block else {
            return problems.append(
                site.problem(
                    "{{/\(block.rawValue)}} closes \(frame.open.spelling) (\(frame.open.part) paragraph \(frame.open.paragraph)); expected {{/\(frame.block.rawValue)}}"
                ))
        }
        stack.removeLast()
        append(node(for: frame, restarts: restarts))
    }

    private func node(for frame: Frame, restarts: ([Structured<Leaf>]) -> Bool) -> Structured<Leaf> {
        var branches = frame.branches
        var otherwise = frame.otherwise ?? []
        if frame.otherwise == nil {
            branches.append(.init(site: frame.branchSite, body: frame.current))
        } else {
            otherwise = frame.current
        }
        guard frame.block == .each else { return .conditional(branches: branches, otherwise: otherwise) }
        let body = branches.first?.body ?? []
        return .each(frame.open, body: body, otherwise: otherwise, restartsLists: restarts(body))
    }

    private mutating func finish(restarts: ([Structured<Leaf>]) -> Bool) -> [Structured<Leaf>] {
        if tooDeep { return [] }
        while let frame = stack.popLast() {
            problems.append(frame.open.problem("\(frame.open.spelling) is never closed; add {{/\(frame.block.rawValue)}}"))
            append(node(for: frame, restarts: restarts))
        }
        return top
    }
}
