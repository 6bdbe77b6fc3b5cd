/// Namespaces, content types and relationship types of the DOCX package (ECMA-376).
enum OOXML {
    static let declaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace: StaticString = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipsNamespace: StaticString = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// A form's row height: 0.4 inch (``DocumentTree/Table/writeInRowHeight`` points).
    static let formRowHeight = 576

    /// US Letter, portrait, in twentieths of a point.
    static let pageWidth = 12240
    static let pageHeight = 15840
    /// One inch.
    static let margin = 1440
    /// Three quarters of an inch above and below: room for the header and the page number, and a
    /// letter of ordinary length fits on one page.
    static let verticalMargin = 1080
    /// The width between the margins, which tables fill.
    static let textWidth = pageWidth - 2 * margin
}
