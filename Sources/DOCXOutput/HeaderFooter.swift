import DocumentTree
import ZIPArchive

/// The header and footer parts: "Page X of Y" (`PAGE` and `NUMPAGES` fields) in the footer of every
/// page, and from page 2 on the continuation header (the section has a title page whose header
/// is empty).
enum HeaderFooter {
    /// Relationship ids in `word/_rels/document.xml.rels`.
    static let footerID = "rId5", firstFooterID = "rId6", headerID = "rId7", firstHeaderID = "rId8"

    /// The references at the start of `w:sectPr`, and `w:titlePg` goes after `w:cols`.
    static let sectionReferences =
        "<w:headerReference w:type=\"default\" r:id=\"\(headerID)\"/>"
        + "<w:headerReference w:type=\"first\" r:id=\"\(firstHeaderID)\"/>"
        + "<w:footerReference w:type=\"default\" r:id=\"\(footerID)\"/>"
        + "<w:footerReference w:type=\"first\" r:id=\"\(firstFooterID)\"/>"

    /// The first page's header: empty (the letter's own heading is there).
    static let firstHeader = ZIPWriter.PreparedEntry(
        path: "word/header2.xml",
        text: """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>
            """)

    /// The footers for the common page words, built once.
    private static let commonFooters: [PageFurniture: [ZIPWriter.PreparedEntry]] = Dictionary(
        uniqueKeysWithValues: [PageFurniture(), PageFurniture.words(forLanguage: "es")].map { ($0, footerEntries(for: $0)) })

    /// The default and first-page footers (the same text) for `furniture`'s words.
    static func footers(for furniture: PageFurniture) -> [ZIPWriter.PreparedEntry] {
        var words = furniture
        words.continuation = ""
        return commonFooters[words] ?? footerEntries(for: words)
    }

    private static func footerEntries(for furniture: PageFurniture) -> [ZIPWriter.PreparedEntry] {
        let xml = footerXML(furniture)
        return ["word/footer1.xml", "word/footer2.xml"].map { ZIPWriter.PreparedEntry(path: $0, contents: xml) }
    }

    static func footerXML(_ furniture: PageFurniture) -> [UInt8] {
        var out = XMLBuffer(capacity: 1024)
        out.raw(OOXML.declaration)
        out.raw("<w:ftr xmlns:w=\"")
        out.raw(OOXML.wordNamespace)
        out.raw("\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>")
        text(furniture.pageWord, into: &out)
        field("PAGE", into: &out)
        text(furniture.ofWord, into: &out)
        field("NUMPAGES", into: &out)
        out.raw("</w:p></w:ftr>")
        return out.bytes
    }

    /// The default header: the continuation lines, or an empty paragraph.
    static func header(_ continuation: String) -> ZIPWriter.PreparedEntry {
        var out = XMLBuffer(capacity: 512)
        out.raw(OOXML.declaration)
        out.raw("<w:hdr xmlns:w=\"")
        out.raw(OOXML.wordNamespace)
        out.raw("\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>")
        for (index, line) in continuation.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out.raw("<w:r><w:br/></w:r>") }
            text(String(line), into: &out)
        }
        out.raw("</w:p></w:hdr>")
        return ZIPWriter.PreparedEntry(path: "word/header1.xml", contents: out.bytes)
    }

    private static func text(_ value: String, into out: inout XMLBuffer) {
        guard !value.isEmpty else { return }
        out.raw("<w:r><w:t xml:space=\"preserve\">")
        out.text(value)
        out.raw("</w:t></w:r>")
    }

    /// A simple field with its last result (1) shown until the reader updates it.
    private static func field(_ instruction: StaticString, into out: inout XMLBuffer) {
        out.raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> ")
        out.raw(instruction)
        out.raw(" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>")
        out.raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
    }
}
