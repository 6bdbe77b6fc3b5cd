import DocumentTree
import ZIPArchive

/// Writes a ``Document`` as a WordprocessingML package (.docx) that validates against the
/// ECMA-376 schemas and opens in Word and LibreOffice without a repair prompt.
///
/// Output is deterministic: parts in a fixed order, fixed ZIP timestamps, metadata only from the
/// document. The parts that never change are deflated once per process and reused.
public struct DOCXWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The .docx file's bytes.
    public func write(_ document: Document) -> [UInt8] {
        var body = DocumentBody(capacity: 4096 + 512 * document.blocks.count)
        body.write(document.blocks)
        var zip = ZIPWriter(capacity: 14)
        zip.add(PackageParts.contentTypes)
        zip.add(PackageParts.packageRelationships)
        zip.add(ZIPWriter.PreparedEntry(path: "word/document.xml", contents: body.out.bytes))
        zip.add(StyleSheet.prepared(for: document.metadata.language))
        zip.add(Numbering.part(numberedLists: body.numberedLists))
        zip.add(HeaderFooter.header(document.metadata.page.continuation))
        zip.add(HeaderFooter.firstHeader)
        for footer in HeaderFooter.footers(for: document.metadata.page) { zip.add(footer) }
        zip.add(PackageParts.settings)
        zip.add(PackageParts.fontTable)
        zip.add(PackageParts.documentRelationships)
        zip.add(CoreProperties.entry(for: document.metadata))
        zip.add(PackageParts.appProperties)
        return zip.finish()
    }

    /// The part names in the order they are written.
    public static let partNames = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml",
        "word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/footer2.xml",
        "word/settings.xml", "word/fontTable.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml",
    ]
}
