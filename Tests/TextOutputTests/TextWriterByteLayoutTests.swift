import DocumentTree
import Testing

@testable import TextOutput

/// The byte-level layout keeps the rules that the string-based one had, including the corners
/// where bytes and characters differ: C1 controls, `\r\n` across inlines, wide and zero-width
/// characters, and a cut word that ends in a space.
@Suite struct TextWriterByteLayoutTests {
    private func text(_ blocks: [Block], width: Int = 78) -> String {
        TextWriter(width: width).write(Document(metadata: Metadata(title: "t"), blocks: blocks))
    }

    @Test func printableNonASCIIIsKeptAndC1ControlsAreRemoved() {
        #expect("15 U.S.C. § 1692c ©\u{A0}".removingTextControlCharacters == "15 U.S.C. § 1692c ©\u{A0}")
        #expect("a\u{85}b\u{9F}c\u{A0}d\u{7F}e\u{0}".removingTextControlCharacters == "abc\u{A0}de")
        #expect("a\r\nb\rc\n\td".removingTextControlCharacters == "a\nb\nc\n\td")
    }

    @Test func returnAndLineFeedInTwoInlinesMakeOneLineBreak() {
        #expect(text([.paragraph(style: .body, content: [.text("a\r"), .strong([.text("\nb")])])]) == "a\nb\n")
        #expect(text([.paragraph(style: .address, content: [.text("a\r"), .lineBreak, .text("b")])]) == "a\nb\n")
        #expect(
            text([.paragraph(style: .address, content: [.text("a"), .lineBreak, .lineBreak, .text("b")])])
                == "a\n\nb\n")
    }

    @Test func wideCharactersAreCutByColumnsNotBytes() {
        let wide = String(repeating: "漢", count: 12)
        #expect(
            text([.paragraph(style: .body, content: [.text(wide)])], width: 20)
                == String(repeating: "漢", count: 10) + "\n漢漢\n")
        #expect(text([.heading(level: 1, content: [.text("漢字 e\u{301}")])]) == "漢字 e\u{301}\n======\n")
    }

    @Test func aHeadingWithoutWidthGetsNoRule() {
        #expect(text([.heading(level: 1, content: [.text("\u{200B}")])]) == "\u{200B}\n")
    }

    @Test func aCutSectionWordEndingInSpacesIsTrimmedAfterTheMarker() {
        let item: [Inline] = [.text("§" + String(repeating: " ", count: 17) + "123")]
        #expect(text([.list(kind: .bulleted, items: [item])], width: 20) == "- §\n  123\n")
    }

    @Test func leadingAndTrailingBlankLinesOfABlockAreDropped() {
        #expect(
            text([
                .paragraph(style: .body, content: [.lineBreak, .text("  one"), .lineBreak, .lineBreak]),
                .list(kind: .numbered, items: [[.text("x\n")], [], [.text("y\n\n")]]),
            ]) == "  one\n\n1. x\n\n2.\n3. y\n")
    }
}
