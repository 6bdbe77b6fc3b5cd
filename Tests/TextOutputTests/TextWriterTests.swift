import DocumentTree
import TestSupport
import Testing

@testable import TextOutput

@Suite struct TextWriterTests {
    @Test func everythingMatchesGoldenFile() {
        assertSnapshot(TextWriter().write(.everything), named: "everything.txt")
    }

    @Test func bytesAreTheTextsUTF8() {
        let empty = Document(metadata: .init(title: ""), blocks: [])
        for document in [Document.everything, empty] {
            #expect(TextWriter().utf8(document) == Array(TextWriter().write(document).utf8))
        }
        #expect(TextWriter().utf8(Document(metadata: .init(title: ""), blocks: [])) == [0x0A])
    }

    @Test func everythingAtFortyColumnsMatchesGoldenFile() {
        assertSnapshot(TextWriter(width: 40).write(.everything), named: "everything-40.txt")
    }

    @Test func sameDocumentGivesSameText() {
        let writer = TextWriter()
        #expect(writer.write(.everything) == writer.write(.everything))
        #expect(TextWriter(width: 78).write(.everything) == writer.write(.everything))
    }

    @Test(arguments: [20, 24, 33, 40, 57, 78, 100])
    func noLineIsWiderThanTheWidth(width: Int) {
        let text = TextWriter(width: width).write(.everything)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(String(line).displayWidth() <= width, "\(line)")
        }
    }

    @Test func endsWithExactlyOneNewlineAndUsesLineFeeds() {
        let text = TextWriter().write(.everything)
        #expect(text.hasSuffix("\n"))
        #expect(!text.hasSuffix("\n\n"))
        #expect(!text.unicodeScalars.contains("\r"))
        #expect(TextWriter().write(Document(metadata: Metadata(title: "Empty"), blocks: [])) == "\n")
    }

    @Test func blocksAreSeparatedByOneBlankLine() {
        let document = Document(
            metadata: Metadata(title: "t"),
            blocks: [
                .paragraph(style: .body, content: [.text("One.")]),
                .paragraph(style: .body, content: [.text("  ")]),
                .paragraph(style: .notice, content: [.text("Two.\n")]),
            ])
        #expect(TextWriter().write(document) == "One.\n\nTwo.\n")
    }

    @Test func headingsAreUnderlinedByLevel() {
        let document = Document(
            metadata: Metadata(title: "t"),
            blocks: [
                .heading(level: 1, content: [.text("Zoë's "), .strong([.text("letter")])]),
                .heading(level: 2, content: [.text("借款 details")]),
                .heading(level: 3, content: [.text("Plain")]),
                .paragraph(style: .body, content: [.text("Body.")]),
            ])
        #expect(
            TextWriter().write(document) == """
                Zoë's letter
                ============

                借款 details
                ------------

                Plain

                Body.

                """)
    }

    @Test func paragraphsWrapBetweenWords() {
        let document = Document(
            metadata: Metadata(title: "t"),
            blocks: [
                .paragraph(style: .body, content: [.text("The quick brown fox jumps over the lazy dog again and again.")])
            ])
        #expect(
            TextWriter(width: 20).write(document) == """
                The quick brown fox
                jumps over the lazy
                dog again and again.

                """)
    }

    @Test func aWordLongerThanTheLineIsCut() {
        let document = Document(
            metadata: Metadata(title: "t"),
            blocks: [
                .paragraph(style: .body, content: [.text("See https://example.com/a/very/long/path/that/cannot/fit here")])
            ])
        #expect(
            TextWriter(width: 20).write(document) == """
                See
                https://example.com/
                a/very/long/path/tha
                t/cannot/fit here

                """)
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(Character("a").displayWidth == 1)
        #expect(Character("é").displayWidth == 1)
        #expect(Character("e\u{301}").displayWidth == 1)
        #expect(Character("漢").displayWidth == 2)
        #expect(Character("한").displayWidth == 2)
        #expect(Character("😀").displayWidth == 2)
        #expect(Character("👍🏽").displayWidth == 2)
        #expect(Character("❤️").displayWidth == 2)
        #expect(Character("ש").displayWidth == 1)
        #expect(Character("\u{200B}").displayWidth == 0)
        #expect("a\tb".displayWidth() == 9)
        let document = Document(
            metadata: Metadata(title: "t"),
            blocks: [
                .paragraph(style: .body, content: [.text("債務者 債務者 債務者 債務者 債務者 債務者")])
            ])
        #expect(TextWriter(width: 20).write(document) == "債務者 債務者 債務者\n債務者 債務者 債務者\n")
    }

    @Test func addressLinesStayLines() {
        let document = Document(
            metadata: Metadata(title: "t"),
            blocks: [
                .paragraph(style: .address, content: [.text("Ann Lee"), .lineBreak, .text("1 Main St\nSpringfield, IL 62701")]),
                .paragraph(style: .body, content: [.text("Sincerely,")]),
                .paragraph(style: .signature, content: [.text("____"), .lineBreak, .text("Ann Lee")]),
            ])
        // Two more blank lines above the signature line: room to sign, as on paper.
        #expect(TextWriter().write(document) == "Ann Lee\n1 Main St\nSpringfield, IL 62701\n\nSincerely,\n\n\n\n____\nAnn Lee\n")
    }

    @Test func pageBreakIsAFormFeedOnItsOwnLine() {
        let document = Document(
            metadata: Metadata(title: "t"),
            blocks: [
                .paragraph(style: .body, content: [.text("Page one.")]),
                .pageBreak,
                .paragraph(style: .body, content: [.text("Page two.")]),
            ])
        #expect(TextWriter().write(document) == "Page one.\n\n\u{0C}\nPage two.\n")
        #expect(TextWriter().write(.everything).filter { $0 == "\u{0C}" }.count == 1)
    }
}

@Suite struct SectionSignTests {
    @Test func sectionSignStaysWithItsNumber() {
        let text = "Under the Fair Debt Collection Practices Act, 15 U.S.C. § 1692c(a)(3), I ask you."
        for width in 20...80 {
            let document = Document(metadata: Metadata(title: "t"), blocks: [.paragraph(style: .body, content: [.text(text)])])
            let lines = TextWriter(width: width).write(document).split(separator: "\n")
            #expect(!lines.contains { $0.hasSuffix("§") }, "width \(width) ends a line with §")
        }
    }
}
