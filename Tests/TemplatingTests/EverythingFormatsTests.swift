import DOCXOutput
import DocumentTree
import HTMLOutput
import Testing
import TestSupport
import TextOutput

/// The "everything" template, compiled and rendered, then written in all three formats and
/// compared with golden files (the DOCX part by part as XML).
@Suite struct EverythingFormatsTests {
    @Test func textMatchesGoldenFile() throws {
        assertSnapshot(TextWriter().write(try EverythingFixture.document()), named: "everything.txt")
    }

    @Test func htmlMatchesGoldenFile() throws {
        assertSnapshot(HTMLWriter().write(try EverythingFixture.document()), named: "everything.html")
    }

    @Test func docxMatchesGoldenParts() throws {
        try assertDOCXSnapshot(DOCXWriter().write(try EverythingFixture.document()), named: "everything.docx")
    }
}
