import DocumentTree

/// The style ids of `word/styles.xml` that the body refers to; the catalogue is ``StyleSheet``.
enum StyleID {
    static let listBullet: StaticString = "ListBullet"
    static let listNumber: StaticString = "ListNumber"
    static let table: StaticString = "LetterTable"
    static let strong: StaticString = "Strong"
    static let emphasis: StaticString = "Emphasis"

    /// Level 1 is the document's title (DocumentTree's contract); levels 2 and 3 are headings 1
    /// and 2, and anything deeper shares heading 3.
    static func heading(level: Int) -> StaticString {
        switch level {
        case ...1: return "Title"
        case 2: return "Heading1"
        case 3: return "Heading2"
        default: return "Heading3"
        }
    }

    /// The paragraph style for a letter part.
    static func paragraph(_ style: ParagraphStyle) -> StaticString {
        switch style {
        case .body: return "BodyText"
        case .address: return "Address"
        case .date: return "DateLine"
        case .subject: return "Subject"
        case .signature: return "Signature"
        case .notice: return "Notice"
        }
    }
}
