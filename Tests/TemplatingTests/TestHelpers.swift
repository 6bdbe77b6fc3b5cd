import DocumentTree
import Templating
import Testing

/// Wraps a body in minimal front matter (5 lines, so body line 1 is file line 6).
func source(_ body: String, id: String = "t", language: String = "en", path: String = "t.md") -> TemplateSource {
    TemplateSource(path: path, text: "---\nid: \(id)\ntitle: Test\nlanguage: \(language)\n---\n" + body)
}

/// Compiles one body (plus partials by path) and returns its template.
func compile(_ body: String, language: String = "en", partials: [String: String] = [:]) throws -> CompiledTemplate {
    let library = try TemplateLibrary(
        sources: [source(body, language: language)]
            + partials.map { TemplateSource(path: $0.key, text: $0.value) })
    return try #require(library.template(id: "t", language: language))
}

/// The blocks a body renders to.
func render(
    _ body: String, _ context: TemplateValue = [:], language: String = "en",
    partials: [String: String] = [:], draft: Bool = false
) throws -> [Block] {
    try compile(body, language: language, partials: partials).render(context, options: .init(draft: draft)).blocks
}

/// The compile diagnostics of some sources (empty when they compile).
func diagnostics(_ sources: [TemplateSource]) -> [TemplateDiagnostic] {
    do {
        _ = try TemplateLibrary(sources: sources)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The compile diagnostics of one body wrapped in front matter.
func diagnostics(_ body: String) -> [TemplateDiagnostic] {
    diagnostics([source(body)])
}

/// The render problems of a body with a context.
func renderProblems(_ body: String, _ context: TemplateValue) throws -> [TemplateDiagnostic] {
    let template = try compile(body)
    do {
        _ = try template.render(context)
        return []
    } catch {
        return error.problems
    }
}

/// A body paragraph.
func para(_ content: Inline...) -> Block { .paragraph(style: .body, content: content) }
