/// The header of a template, between `---` lines: what the document is and what it needs.
public struct FrontMatter: Sendable, Hashable {
    /// The document id, such as `cease-contact`; with the language, the key in the library.
    public var id: String
    /// The human title, used as the document title.
    public var title: String
    /// The language code, such as `en` or `es` (default `en`).
    public var language: String
    /// A one-line description.
    public var description: String
    /// Dotted paths the case must supply, such as `debtor.name`, checked before rendering.
    public var requires: [String]
    /// What sort of document this is (for example `letter` or `form`), if stated.
    public var kind: String?
    /// Every other scalar key, as text.
    public var fields: [String: String]

    /// Creates front matter.
    public init(
        id: String, title: String, language: String = "en", description: String = "",
        requires: [String] = [], kind: String? = nil, fields: [String: String] = [:]
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.description = description
        self.requires = requires
        self.kind = kind
        self.fields = fields
    }
}
