/// A condition in the `{{#if}}` expression language, compiled on its own: a template's
/// `applies_when`, for instance. A missing path is false, never an error, exactly as in `{{#if}}`.
public struct Condition: Sendable, CustomStringConvertible {
    /// The condition as written.
    public let text: String
    let expression: Expression

    /// Compiles `text`, such as `actions.garnishments and not debt.disputed`. `location` is where
    /// the text starts and `sourceLine` the line it stands in, for diagnostics.
    public init(parsing text: String, at location: TemplateDiagnostic.Location, sourceLine: String) throws(TemplateDiagnostic) {
        let position = SourcePosition(file: location.file, line: location.line, column: location.column, sourceLine: sourceLine)
        do throws(TagLexer.Failure) {
            var tokens = try TagLexer.tokens(Array(text))
            guard tokens.first?.kind != .end else {
                throw TagLexer.Failure(message: "expected a condition such as actions.garnishments", offset: 0)
            }
            var index = 0
            expression = try ExpressionParser.parse(&tokens, &index)
            guard tokens[index].kind == .end else {
                throw TagLexer.Failure(message: "unexpected \(tokens[index].display) after the condition", offset: tokens[index].offset)
            }
            if let offset = Self.loopVariableOffset(in: tokens) {
                throw TagLexer.Failure(message: "loop variables such as @index mean nothing outside {{#each}}", offset: offset)
            }
        } catch {
            throw TemplateDiagnostic(error.message, at: position.advanced(by: error.offset))
        }
        self.text = text
    }

    /// Whether the condition holds for `context` (paths are looked up from its root).
    public func isTrue(in context: TemplateValue) -> Bool {
        let renderer = Renderer(context: context, language: .english, draft: false)
        return expression.evaluate { renderer.resolve($0) }.isTruthy
    }

    /// The condition as written.
    public var description: String { text }

    private static func loopVariableOffset(in tokens: [TagToken]) -> Int? {
        tokens.first { if case .word(let word) = $0.kind { return word.hasPrefix("@") } else { return false } }?.offset
    }
}
