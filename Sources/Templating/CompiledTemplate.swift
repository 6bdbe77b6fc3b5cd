import DocumentTree

/// A template compiled once into a document tree with holes; render it as often as needed.
public struct CompiledTemplate: Sendable {
    /// Everything a template holds, in one shared, immutable object: the library hands out a
    /// copy of the template for every document rendered, and copying one reference costs one
    /// retain where copying the fields retained each of their strings and arrays (~20).
    private final class Storage: Sendable {
        let frontMatter: FrontMatter
        let blocks: [BlockNode]
        let plan: [BlockNode]
        /// The paths `plan` reads, numbered (see ``PathNumbering``).
        let paths: PathNumbering.Table
        let path: String
        let appliesWhen: Condition?
        let packetOrder: Int
        let frontMatterSites: FrontMatter.Sites
        let requiredPaths: [[String]]
        let language: TemplateLanguage
        let metadata: Metadata

        init(
            frontMatter: FrontMatter, blocks: [BlockNode], path: String, appliesWhen: Condition?,
            packetOrder: Int, frontMatterSites: FrontMatter.Sites
        ) {
            self.frontMatter = frontMatter
            self.blocks = blocks
            var numbering = PathNumbering()
            plan = numbering.numbering(BlockNode.prerendering(blocks))
            paths = numbering.table
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
    }

    private let storage: Storage

    /// The template's front matter.
    public var frontMatter: FrontMatter { storage.frontMatter }
    /// The compiled body.
    var blocks: [BlockNode] { storage.blocks }
    /// The body as rendered: `blocks` with the blocks that read nothing already rendered.
    private var plan: [BlockNode] { storage.plan }
    /// The source path, for messages.
    var path: String { storage.path }
    /// The compiled `applies_when`, or nil when the document always applies.
    public var appliesWhen: Condition? { storage.appliesWhen }
    /// Where the document goes in a packet: the front matter's `packet_order` (default 100); ties go by id.
    public var packetOrder: Int { storage.packetOrder }
    /// Where the `requires` entries and `applies_when` are written, for `referencedPaths`.
    var frontMatterSites: FrontMatter.Sites { storage.frontMatterSites }
    /// The `requires` paths split at their dots once, not on every render.
    private var requiredPaths: [[String]] { storage.requiredPaths }
    /// The language and metadata every render of this template uses, worked out once.
    private var language: TemplateLanguage { storage.language }
    private var metadata: Metadata { storage.metadata }

    /// Whether this is the document with `id` in `language`, compared where the front matter is
    /// stored rather than on a copy of it.
    func isDocument(id: String, language: String) -> Bool {
        storage.frontMatter.id == id && storage.frontMatter.language == language
    }

    /// Creates a compiled template.
    init(
        frontMatter: FrontMatter, blocks: [BlockNode], path: String,
        appliesWhen: Condition? = nil, packetOrder: Int = FrontMatter.defaultPacketOrder,
        frontMatterSites: FrontMatter.Sites = .init()
    ) {
        storage = Storage(
            frontMatter: frontMatter, blocks: blocks, path: path, appliesWhen: appliesWhen,
            packetOrder: packetOrder, frontMatterSites: frontMatterSites)
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
        var renderer = Renderer(context: context, language: language, draft: options.draft, paths: storage.paths)
        let body = renderer.render(plan)
        if let exhaustion = renderer.exhaustion(in: path) { throw RenderFailure(problems: [exhaustion]) }
        if !renderer.problems.isEmpty { throw RenderFailure(problems: renderer.problems) }
        guard let header = renderer.header else { return Document(metadata: metadata, blocks: body) }
        var withHeader = metadata
        withHeader.page.continuation = header
        return Document(metadata: withHeader, blocks: body)
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
