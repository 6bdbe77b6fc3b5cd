/// The bounds a template is compiled and rendered within (docs/limits.md lists them all).
///
/// Parsers and renderers recurse once per nesting level, so each nesting has a depth far below
/// what a thread's stack holds; a render has a work budget so that nested loops or partials cannot
/// multiply into hours of work or gigabytes of output.
public enum TemplateLimits {
    /// Block tags (`{{#if}}`, `{{#each}}` on their own lines) and `:::` divs open at once.
    public static let blockDepth = 100
    /// Inline tags and emphasis markers open at once within one line.
    public static let inlineDepth = 100
    /// Operators and parentheses in one condition (`and`, `or`, `not`, comparisons, `(`).
    public static let expressionSize = 200
    /// Partials included inside one another.
    public static let partialDepth = 32
    /// Lines a document may hold once its partials are expanded.
    public static let expandedLines = 50_000
    /// Template nodes visited while rendering one document (each loop pass visits its body again).
    public static let renderSteps = 1_000_000
    /// Bytes of text (UTF-8) written into one document.
    public static let renderOutput = 32 << 20
    /// Characters of a template's source quoted under one diagnostic.
    public static let quotedSource = 200

    /// The message of a render stopped by ``renderWork``.
    static var renderWorkExceeded: String {
        "the document is too large to render: more than \(renderSteps) template steps or \(renderOutput >> 20) MiB of text (nested {{#each}} loops multiply both); render less, or split the template"
    }
}
