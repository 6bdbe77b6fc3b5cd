/// Namespaces, content types and relationship types of the DOCX package (ECMA-376).
enum OOXML {
    static let declaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace: StaticString = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// US Letter, portrait, in twentieths of a point.
    static let pageWidth = 12240
    static let pageHeight = 15840
    /// One inch.
    static let margin = 1440
    /// The width between the margins, which tables fill.
    static let textWidth = pageWidth - 2 * margin
}
