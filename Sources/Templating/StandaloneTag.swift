/// One `{{ … }}` tag compiled on its own, for documents whose text is not a template file: a
/// user's .docx, where tags sit in paragraphs and table rows rather than in lines.
///
/// The tag language is exactly the one of Markdown templates (same paths, filters, expressions);
/// only the structure around tags is left to the caller.
public struct StandaloneTag: Sendable {
    /// The block keywords.
    public enum Block: String, Sendable, Hashable, CaseIterable {
        /// `{{#if condition}}`.
        case `if`
        /// `{{#unless condition}}`.
        case unless
        /// `{{#each list}}`.
        case each
    }

    /// What the tag does.
    public enum Role: Sendable, Hashable {
        /// `{{path | filter}}`: prints a value.
        case value
        /// `{{! … }}`: prints nothing.
        case comment
        /// `{{> name}}`: a partial, which only template libraries can resolve.
        case partial(String)
        /// `{{#if}}`, `{{#unless}}`, `{{#each}}`.
        case open(Block)
        /// `{{else}}` (`conditional` false) or `{{else if condition}}` (true).
        case otherwise(conditional: Bool)
        /// `{{/if}}`, `{{/unless}}`, `{{/each}}`.
        case close(Block)
    }

    /// What the tag does.
    public let role: Role
    /// Where the tag's `{{` is.
    public var location: TemplateDiagnostic.Location { position.location }
    let tag: Tag
    let position: SourcePosition

    /// Compiles `content`, the text between `{{` and `}}`. `location` is the tag's `{{` and
    /// `sourceLine` the text it stands in (a line, a paragraph), for diagnostics.
    public init(parsing content: String, at location: TemplateDiagnostic.Location, sourceLine: String) throws(TemplateDiagnostic) {
        let position = SourcePosition(file: location.file, line: location.line, column: location.column, sourceLine: sourceLine)
        do {
            tag = try TagParser.parse(Array(content), at: position)
        } catch {
            throw TemplateDiagnostic(error.message, at: position.advanced(by: 2 + error.offset))
        }
        self.position = position
        switch tag {
        case .variable: role = .value
        case .comment: role = .comment
        case .partial(let name): role = .partial(name)
        case .open(let kind, _): role = .open(Block(kind))
        case .otherwise(let condition): role = .otherwise(conditional: condition != nil)
        case .close(let kind): role = .close(Block(kind))
        }
    }

    /// Whether the tag opens, continues or closes a block.
    public var isBlockTag: Bool { tag.isBlockTag }
}

extension StandaloneTag.Block {
    init(_ kind: BlockKind) {
        switch kind {
        case .if: self = .if
        case .unless: self = .unless
        case .each: self = .each
        }
    }
}
