/// Every document template of a folder, compiled once, with its partials inlined.
///
/// Sources whose path has a `partials/` folder are partials, named by file name without
/// extension and language (`partials/signature.en.md` is "signature" in English,
/// `partials/notice.md` serves every language). Every other source is a document keyed by its
/// front matter `id` and `language`.
public struct TemplateLibrary: Sendable {
    /// Every problem in every source of a library, reported together.
    public struct Failure: Error, CustomStringConvertible {
        /// The problems, file by file in the order the sources were given.
        public var diagnostics: [TemplateDiagnostic]

        /// Creates a failure.
        public init(diagnostics: [TemplateDiagnostic]) {
            self.diagnostics = diagnostics
        }

        /// Every diagnostic, with its source line and caret.
        public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    }

    /// The compiled documents, sorted by id, then language.
    public private(set) var templates: [CompiledTemplate]
    /// The sources, kept so that a library can be recompiled with another folder in front.
    private let sources: [TemplateSource]

    /// Compiles every source, or only the documents whose id is in `documents` (and the partials);
    /// throws every problem in what it compiled at once.
    public init(sources: [TemplateSource], documents: Set<String>? = nil) throws(Failure) {
        var compiler = LibraryCompiler()
        let templates = compiler.compile(sources, only: documents)
        guard compiler.diagnostics.isEmpty else { throw Failure(diagnostics: compiler.diagnostics) }
        self.templates = templates
        self.sources = sources
    }

    /// Compiles `sources` in front of `base`: a document or partial in `sources` replaces the
    /// one with the same id (or name) and language in `base`, and `base`'s documents use the
    /// replacing partials. Use this for a user's folder that relies on built-in partials.
    public init(sources: [TemplateSource], overriding base: TemplateLibrary, documents: Set<String>? = nil) throws(Failure) {
        let own = Set(sources.compactMap(LibraryCompiler.key))
        try self.init(
            sources: sources + base.sources.filter { LibraryCompiler.key($0).map { !own.contains($0) } ?? true },
            documents: documents)
    }

    /// The document with this id in this language, if the library has it.
    public func template(id: String, language: String) -> CompiledTemplate? {
        templates.first { $0.isDocument(id: id, language: language) }
    }

    /// This library with `other`'s documents in front: a document of `other` replaces the one
    /// with the same id and language here. (Partials were inlined when each was compiled; to
    /// let a user's partials reach built-in documents, use `init(sources:overriding:)`.)
    public func overlaid(by other: TemplateLibrary) -> TemplateLibrary {
        var copy = self
        let replaced = Set(other.templates.map { "\($0.frontMatter.id)\u{0}\($0.frontMatter.language)" })
        copy.templates = (other.templates + templates.filter { !replaced.contains("\($0.frontMatter.id)\u{0}\($0.frontMatter.language)") })
            .sorted(by: LibraryCompiler.order)
        return copy
    }
}
