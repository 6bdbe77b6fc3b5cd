/// A place in a template file together with that line's text, kept on every compiled piece so
/// that errors found later (structure, render) can still show the line and a caret.
struct SourcePosition: Sendable, Hashable {
    /// The path of the file.
    var file: String
    /// The 1-based line.
    var line: Int
    /// The 1-based column in characters.
    var column: Int
    /// The whole line, for the caret display.
    var sourceLine: String

    /// The public location.
    var location: TemplateDiagnostic.Location { .init(file: file, line: line, column: column) }

    /// The same line, `offset` characters further right.
    func advanced(by offset: Int) -> SourcePosition {
        var copy = self
        copy.column += offset
        return copy
    }
}
