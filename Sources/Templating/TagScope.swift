import DocumentTree

/// The context a ``StandaloneTag`` is evaluated in: the data, the loop items entered so far, the
/// language and draft mode. Values print exactly as in Markdown templates: same filters, same
/// `default`, a missing value an error (or a placeholder in draft mode).
public struct TagScope: Sendable {
    private var renderer: Renderer

    /// A scope over `context`; `languageCode` (`en`, `es`) picks month names and yes/no words.
    public init(context: TemplateValue, languageCode: String = "en", options: RenderOptions = .init()) {
        renderer = Renderer(context: context, language: TemplateLanguage(code: languageCode), draft: options.draft)
    }

    /// The scope inside one item of an `{{#each}}` (0-based `index` of `count` items).
    public func entering(item: TemplateValue, index: Int, count: Int) -> TagScope {
        var copy = self
        copy.renderer.enter(item: item, index: index, count: count)
        return copy
    }

    /// The text a value tag prints; each line end of the value is a `"\n"`. A comment prints "".
    public func text(of tag: StandaloneTag) throws(TemplateDiagnostic) -> String {
        guard case .variable(let hole) = tag.tag else { return "" }
        var renderer = self.renderer
        var builder = InlineBuilder()
        renderer.fill(hole, into: &builder)
        if let problem = renderer.problems.first { throw problem }
        return builder.finish().map { inline -> String in
            switch inline {
            case .text(let text): return text
            case .lineBreak: return "\n"
            default: return ""
            }
        }.joined()
    }

    /// Whether the branch a `{{#if}}`, `{{#unless}}` or `{{else if}}` tag opens is taken; a missing
    /// path is false, never an error. Any other tag is false.
    public func isTrue(_ tag: StandaloneTag) -> Bool {
        switch tag.tag {
        case .open(.if, let condition): return condition.evaluate { renderer.resolve($0) }.isTruthy
        case .open(.unless, let condition): return !condition.evaluate { renderer.resolve($0) }.isTruthy
        case .otherwise(let condition?): return condition.evaluate { renderer.resolve($0) }.isTruthy
        default: return false
        }
    }

    /// The items an `{{#each}}` tag loops over: none when the list is missing or null (its
    /// `{{else}}` runs); an error when the value is not a list, except in draft mode.
    public func items(of tag: StandaloneTag) throws(TemplateDiagnostic) -> [TemplateValue] {
        guard case .open(.each, .reference(let list)) = tag.tag else { return [] }
        switch renderer.resolve(list) {
        case nil, .null?: return []
        case .list(let items)?: return items
        case let other?:
            if renderer.draft { return [] }
            throw TemplateDiagnostic("{{#each}} needs a list, but '\(list.spelling)' is \(other.kindName)", at: tag.position)
        }
    }
}
