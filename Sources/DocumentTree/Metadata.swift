/// Document properties that come from the input, never from the clock.
public struct Metadata: Sendable, Hashable {
    /// The document's title (HTML `<title>`, DOCX `dc:title`).
    public var title: String
    /// A BCP 47 language tag such as `en-US` or `es-US`.
    public var language: String
    /// The template id that produced the document, such as `cease-contact`.
    public var identifier: String
    /// A one-line description (DOCX `dc:description`).
    public var summary: String
    /// Who the document is from (DOCX `dc:creator`); usually the debtor or the office.
    public var author: String
    /// The document date as ISO 8601 `YYYY-MM-DD` (DOCX `dcterms:created`), taken from the input.
    public var date: String
    /// The page numbers and continuation header printed around the body on paper.
    public var page: PageFurniture

    /// Creates metadata; every field is supplied by the caller so that output is deterministic.
    public init(
        title: String, language: String = "en-US", identifier: String = "",
        summary: String = "", author: String = "", date: String = "1970-01-01", page: PageFurniture? = nil
    ) {
        self.page = page ?? .words(forLanguage: language)
        self.title = title
        self.language = language
        self.identifier = identifier
        self.summary = summary
        self.author = author
        self.date = date
    }
}
