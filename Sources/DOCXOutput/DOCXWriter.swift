import DocumentTree
import ZIPArchive

/// Writes a ``Document`` as a WordprocessingML package (.docx) that validates against the
/// ECMA-376 schemas and opens in Word and LibreOffice without a repair prompt.
///
/// Output is deterministic: parts in a fixed order, fixed ZIP timestamps, metadata only from the
/// document. The parts that never change (content types, relationships, app properties, settings,
/// font table, the styles of common languages, numbering for up to eight numbered lists) are
/// compressed once per process and reused, so a call only builds `core.xml` (stored) and
/// `document.xml` (deflated with ``ZIPArchive/MarkupDeflate``).
public struct DOCXWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The .docx file's bytes.
    public func write(_ document: Document) -> [UInt8] {
        var body = DocumentBody(capacity: 4096 + 512 * document.blocks.count)
        body.write(document.blocks)
        // The parts that never change first, then those that depend on the language and the lists,
        // then the document's own: documents of one kind begin with the same bytes (about half of a
        // letter), so a batch hashes that beginning once per run of files (`PrefixHasher`).
        var zip = ZIPWriter(capacity: 14)
        zip.add(PackageParts.contentTypes)
        zip.add(PackageParts.packageRelationships)
        zip.add(PackageParts.appProperties)
        zip.add(PackageParts.documentRelationships)
        zip.add(PackageParts.settings)
        zip.add(PackageParts.fontTable)
        zip.add(StyleSheet.prepared(for: document.metadata.language))
        zip.add(Numbering.part(numberedLists: body.numberedLists))
        zip.add(HeaderFooter.firstHeader)
        for footer in HeaderFooter.footers(for: document.metadata.page) { zip.add(footer) }
        zip.add(HeaderFooter.header(document.metadata.page.continuation))
        zip.add(CoreProperties.entry(for: document.metadata))
        zip.add(ZIPWriter.PreparedEntry(path: "word/document.xml", deflatingMarkup: body.out.bytes))
        return zip.finish()
    }

    /// The part names in the order they are written.
    public static let partNames = [
        "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "word/_rels/document.xml.rels", "word/settings.xml",
        "word/fontTable.xml", "word/styles.xml", "word/numbering.xml", "word/header2.xml", "word/footer1.xml",
        "word/footer2.xml", "word/header1.xml", "docProps/core.xml", "word/document.xml",
    ]
}
