import CaseModel
import Generator
import Testing
import TestSupport
import ZIPArchive

/// Every part of every DOCX in the golden matrix is deflated (by zlib) and inflates back to XML.
@Suite struct DocumentCompressionTests {
    @Test func everyPartOfTheMatrixDocumentsIsDeflated() throws {
        for cell in DocumentMatrixTests.cells {
            let result = DocumentMatrixTests.generator.generate(
                CaseJob(
                    theCase: try Repository.sample(cell.sample + ".yaml"), documents: [cell.document], formats: [.docx],
                    language: cell.language, today: Repository.asOf, force: true))
            let reader = try ZIPReader(try #require(result.files.first).bytes)
            for entry in reader.entries {
                #expect(entry.method == .deflate, "\(cell) \(entry.path)")
                #expect(entry.compressedSize < entry.uncompressedSize, "\(cell) \(entry.path)")
                #expect(try reader.contents(of: entry).starts(with: Array("<?xml".utf8)), "\(cell) \(entry.path)")
            }
        }
    }
}
