/// The text of one template or partial file and the path it is reported under.
public struct TemplateSource: Sendable {
    /// The path used in error messages and to tell partials (`partials/…`) from documents.
    public let path: String
    /// The whole file: optional front matter, then the body.
    public let text: String

    /// Creates a source from its path and text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
