import CaseModel
import Foundation
import Generator
import Templating
import Testing
import TestSupport

/// One cell of the golden matrix: a document of the library, in one language, for one sample case.
struct MatrixCell: Sendable, Hashable, CustomTestStringConvertible {
    /// The sample's file name without `.yaml`.
    var sample: String
    /// The template id.
    var document: String
    /// `en` or `es`.
    var language: String

    var testDescription: String { "\(sample)/\(document).\(language)" }
}

/// Every document that applies to each bundled sample (plus a few asked for by id), in English and
/// Spanish, in every format, against golden files in `Snapshots/matrix/<sample>/<lang>/<file>.<ext>` (a Spanish job writes the English copy to send, `<doc>`, and its reading copy, `<doc>.es`).
///
/// Built from the library, so a new template is picked up by itself (run once with
/// `RECORD_SNAPSHOTS=1` to record it). For DOCX only `word/document.xml` is golden
/// (`<doc>.<lang>.docx.xml`, as ``CanonicalXML``): the other parts depend only on the language and
/// the count of numbered lists and are golden part by part in the demo and "everything" tests; here
/// the part list and the document properties are checked directly.
@Suite struct DocumentMatrixTests {
    static let samples = ["ca-nonjudicial-bank-levy", "ny-judicial-wage-garnishment", "tx-vehicle-repossession"]
    static let languages = ["en", "es"]
    /// Documents that do not apply to a sample but that a person may still ask for, and that make sense.
    /// A verification request is still worth sending after the 30-day window (it just no longer
    /// stops collection), so both debt-buyer cases render the dispute letter too. A packet holds one
    /// contact letter, so the others are asked for here to keep every letter in the matrix.
    static let askedFor: [String: [String]] = [
        "ca-nonjudicial-bank-levy": ["cease-contact", "dispute", "limit-contact"],
        "ny-judicial-wage-garnishment": ["cease-contact", "limit-contact"],
        "tx-vehicle-repossession": ["cease-contact", "dispute"],
    ]

    static let generator = DocumentGenerator(library: Repository.library)
    /// The parts of every DOCX we write, in archive order.
    static let partNames = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml",
        "word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/footer2.xml",
        "word/settings.xml", "word/fontTable.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml",
    ]

    /// Every cell: per sample and language, the packet's documents that the library has in that language.
    static let cells: [MatrixCell] = samples.flatMap { sample -> [MatrixCell] in
        guard let theCase = try? Repository.sample(sample + ".yaml") else { return [] }
        return languages.flatMap { language -> [MatrixCell] in
            let context = CaseContext.make(for: theCase, today: Repository.asOf, language: language)
            return generator.packetTemplates(for: context, language: language, including: askedFor[sample] ?? [])
                .map { MatrixCell(sample: sample, document: $0.frontMatter.id, language: language) }
        }
    }

    @Test func matrixCoversEverySampleInBothLanguages() {
        for sample in Self.samples {
            for language in Self.languages {
                #expect(Self.cells.contains { $0.sample == sample && $0.language == language }, "no documents for \(sample) in \(language)")
            }
        }
    }

    @Test(arguments: cells, OutputFormat.allCases)
    func matchesGoldenFile(_ cell: MatrixCell, format: OutputFormat) throws {
        let theCase = try Repository.sample(cell.sample + ".yaml")
        let result = Self.generator.generate(
            CaseJob(
                theCase: theCase, documents: [cell.document], formats: [format],
                language: cell.language, today: Repository.asOf, force: true))
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.notes.isEmpty, "\(result.notes)")
        // The document's own files: the copy to send and, in Spanish, its reading copy (`<id>.es`).
        let files = result.files.filter { $0.documentID == cell.document || $0.documentID == "\(cell.document).\(cell.language)" }
        #expect(!files.isEmpty)
        for file in files {
            let name = "matrix/\(cell.sample)/\(cell.language)/\(file.documentID).\(format.fileExtension)"
            switch format {
            case .txt, .html:
                assertSnapshot(String(decoding: file.bytes, as: UTF8.self), named: name)
            case .docx:
                let parts = try DOCXParts(file.bytes)
                #expect(parts.names == Self.partNames)
                assertSnapshot(try CanonicalXML.format(try #require(parts["word/document.xml"])), named: name + ".xml")
                let core = try #require(parts["docProps/core.xml"])
                let title = try #require(Repository.library.template(id: cell.document, language: file.language)).frontMatter.title
                #expect(core.contains("<dc:title>\(escaped(title))</dc:title>"))
                #expect(core.contains("<dc:language>\(file.language)-US</dc:language>"))
                #expect(core.contains("<dc:creator>\(escaped(theCase.debtor.name))</dc:creator>"))
            }
        }
    }

    @Test(arguments: samples, languages)
    func packetIndexMatchesGoldenFile(sample: String, language: String) throws {
        let result = Self.generator.generatePacket(
            CaseJob(
                theCase: try Repository.sample(sample + ".yaml"), language: language,
                today: Repository.asOf))
        let index = try #require(result.files.first { $0.relativePath.hasSuffix("/index.html") })
        assertSnapshot(String(decoding: index.bytes, as: UTF8.self), named: "matrix/\(sample)/\(language)/index.html")
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
