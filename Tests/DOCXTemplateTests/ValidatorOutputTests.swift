import Foundation
import Testing
@testable import DOCXTemplate

/// Writes every fixture, filled, to `$FILLED_DOCX_DIR` for the external validator:
/// `FILLED_DOCX_DIR=/tmp/filled swift test --filter DOCXTemplateTests` then
/// `../shared/validate/check_docx.sh --xsd /tmp/filled/*.docx`.
struct ValidatorOutputTests {
    static let folder = ProcessInfo.processInfo.environment["FILLED_DOCX_DIR"]

    @Test(.enabled(if: folder != nil), arguments: ["split-runs.docx", "table-rows.docx", "libreoffice.docx"])
    func writeFilledFixture(name: String) throws {
        let filled = try DOCXTemplateFiller(template: WordPackage.fixture(name)).fill(SampleContext.value)
        let folder = try #require(Self.folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(filled).write(to: URL(fileURLWithPath: folder).appendingPathComponent("filled-" + name))
        #expect(try WordPackage.part("word/document.xml", of: filled).name == "document")
    }
}
