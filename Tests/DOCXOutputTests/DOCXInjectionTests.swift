import DocumentTree
import DOCXOutput
import LibXML
import Testing
import TestSupport

@Suite struct DOCXInjectionTests {
    static let hostile = [
        "O'Brien & <Sons>", "**bold**", "{{debtor.name}}", "</w:t><w:t>", "<script>alert(1)</script>",
        "Zoë 👋🏽 family: 👨‍👩‍👧", "דוד כהן", "محمد العلي", "]]> & \"quoted\" 'single'",
        "NUL\u{0}BEL\u{7}ESC\u{1B}end", "\u{FFFE}noncharacters\u{FFFF}",
    ]

    static func document(with value: String) -> Document {
        Document(
            metadata: Metadata(title: value, language: "en-US", identifier: value, summary: value, author: value, date: "2026-11-27"),
            blocks: [
                .heading(level: 1, content: [.text(value)]),
                .paragraph(style: .body, content: [.text(value)]),
                .paragraph(style: .subject, content: [.strong([.text(value)])]),
                .list(kind: .numbered, items: [[.emphasis([.text(value)])]]),
                .table(Table(header: [[.text(value)]], rows: [[[.underline([.text(value)])]]])),
                .paragraph(style: .notice, content: [.text(value)]),
            ])
    }

    @Test(arguments: hostile)
    func valuesStayLiteralText(value: String) throws {
        let parts = try DOCXParts(DOCXWriter().write(Self.document(with: value)))
        let expected = value.removingXMLForbiddenCharacters
        #expect(try parts.paragraphTexts() == Array(repeating: expected, count: 7))
        #expect(try parts.texts() == Array(repeating: expected, count: 7))
        // The structure did not change: seven paragraphs, one table, nothing else injected.
        let body = try parts.document().root
        #expect(body.descendants(named: "p", namespace: DOCXParts.w).count == 7)
        #expect(body.descendants { $0.namespaceURI != DOCXParts.w }.isEmpty)
        #expect(body.descendants(named: "script").isEmpty)
    }

    @Test(arguments: hostile)
    func metadataStaysLiteralText(value: String) throws {
        let parts = try DOCXParts(DOCXWriter().write(Self.document(with: value)))
        let core = try XMLDocument(parsing: try #require(parts["docProps/core.xml"])).root
        let expected = value.removingXMLForbiddenCharacters
        for name in ["title", "creator", "description", "identifier"] {
            #expect(core.childElements.first { $0.name == name }?.textContent == expected, "\(name)")
        }
        #expect(core.childElements.count == 7)
    }

    @Test func controlCharactersAreRemoved() throws {
        let parts = try DOCXParts(DOCXWriter().write(Self.document(with: "a\u{0}b\u{7}c")))
        #expect(try parts.texts().first == "abc")
        #expect(parts["word/document.xml"]?.contains("\u{7}") == false)
    }

    @Test func newlinesAndTabsInAValueBecomeBreaksAndTabs() throws {
        let parts = try DOCXParts(DOCXWriter().write(Self.document(with: "line one\nline two\r\nthree\rfour\tfive")))
        #expect(try parts.paragraphTexts().first == "line one\nline two\nthree\nfour\tfive")
    }
}
