import DocumentTree

/// A template compiled once into a document tree with holes; render it as often as needed.
public struct CompiledTemplate: Sendable {
    /// The template's front matter.
    public let frontMatter: FrontMatter
    /// The compiled body.
    let blocks: [BlockNode]
    /// The body as rendered: `blocks` with the blocks that read nothing already rendered.
    private let plan: [BlockNode]
    /// The source path, for messages.
    let path: String
    /// The compiled `applies_when`, or nil when the document always applies.
    public let appliesWhen: Condition?
    /// Where the document goes in a packet: the front matter's `packet_order` (default 100); ties go by id.
    public let packetOrder: Int
    /// Where the `requires` entries and `applies_when` are written, for `referencedPaths`.
    let frontMatterSites: FrontMatter.Sites
    /// The `requires` paths split at their dots once, not on every render.
    private let requiredPaths: [[String]]
    /// The language and metadata every render of this template uses, worked out once.
    private let language: TemplateLanguage
    private let metadata: Metadata

    /// Creates a compiled template.
    init(frontMatter: FrontMatter, blocks: [BlockNode], path: String,
         appliesWhen: Condition? = nil, packetOrder: Int = FrontMatter.defaultPacketOrder,
         frontMatterSites: FrontMatter.Sites = .init()) {
        self.frontMatter = frontMatter
        self.blocks = blocks
        plan = BlockNode.prerendering(blocks)
        self.path = path
        self.appliesWhen = appliesWhen
        self.packetOrder = packetOrder
        self.frontMatterSites = frontMatterSites
        requiredPaths = frontMatter.requires.map { $0.split(separator: ".", omittingEmptySubsequences: false).map(String.init) }
        language = TemplateLanguage(code: frontMatter.language)
        metadata = Metadata(
            title: frontMatter.title, language: TemplateLanguage.metadataTag(for: frontMatter.language),
            identifier: frontMatter.id, summary: frontMatter.description)
    }

    /// Whether the document applies to the case in `context`: its `applies_when` holds, or it has none.
    public func applies(to context: TemplateValue) -> Bool {
        appliesWhen?.isTrue(in: context) ?? true
    }

    /// Fills the holes from `context` and returns the document; metadata title, language,
    /// identifier and summary come from the front matter (author and date are left for the caller).
    ///
    /// Throws every missing or unusable value at once; in draft mode a missing value prints as a
    /// placeholder such as `[COLLECTOR ADDRESS]` instead.
    public func render(_ context: TemplateValue, options: RenderOptions = .init()) throws(RenderFailure) -> Document {
        var renderer = Renderer(context: context, language: language, draft: options.draft)
        let body = renderer.render(plan)
        if !renderer.problems.isEmpty { throw RenderFailure(problems: renderer.problems) }
        return Document(metadata: metadata, blocks: body)
    }

    /// The `requires` paths that `context` does not supply (missing, null or ""), in order.
    public func missingRequirements(in context: TemplateValue) -> [String] {
        var missing: [String] = []
        for (path, parts) in zip(frontMatter.requires, requiredPaths) {
            guard let value = context.value(at: parts) else { missing.append(path); continue }
            if value.isNullOrEmptyString { missing.append(path) }
        }
        return missing
    }
}
