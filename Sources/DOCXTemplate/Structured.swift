import Templating

/// Content with the conditionals and loops its block tags make: paragraphs and rows of a part
/// (between tags that stand alone), or pieces of one paragraph (inline tags).
indirect enum Structured<Leaf: Sendable>: Sendable {
    /// Content printed as is (after its own tags are filled).
    case leaf(Leaf)
    /// `{{#if}}`/`{{#unless}}` … `{{else if}}` … `{{else}}` … `{{/if}}`: the first branch whose tag
    /// is true, else `otherwise`.
    case conditional(branches: [Branch], otherwise: [Structured<Leaf>])
    /// `{{#each}}` … `{{else}}` … `{{/each}}`: the body per item, `otherwise` when there are none.
    case each(TagSite, body: [Structured<Leaf>], otherwise: [Structured<Leaf>], restartsLists: Bool)

    /// One branch of a conditional, with the tag that opens it.
    struct Branch: Sendable {
        /// `{{#if}}`, `{{#unless}}` or `{{else if}}`.
        var site: TagSite
        /// What the branch holds.
        var body: [Structured<Leaf>]
    }

    /// Every leaf, in order, through all branches.
    var leaves: [Leaf] {
        switch self {
        case .leaf(let leaf): return [leaf]
        case .conditional(let branches, let otherwise):
            return branches.flatMap { $0.body.flatMap(\.leaves) } + otherwise.flatMap(\.leaves)
        case .each(_, let body, let otherwise, _): return body.flatMap(\.leaves) + otherwise.flatMap(\.leaves)
        }
    }

    /// The same structure with every leaf transformed.
    func mapLeaves(_ transform: (Leaf) -> Leaf) -> Structured<Leaf> {
        switch self {
        case .leaf(let leaf): return .leaf(transform(leaf))
        case .conditional(let branches, let otherwise):
            return .conditional(
                branches: branches.map { Branch(site: $0.site, body: $0.body.map { $0.mapLeaves(transform) }) },
                otherwise: otherwise.map { $0.mapLeaves(transform) })
        case .each(let site, let body, let otherwise, let restarts):
            return .each(site, body: body.map { $0.mapLeaves(transform) }, otherwise: otherwise.map { $0.mapLeaves(transform) }, restartsLists: restarts)
        }
    }
}
