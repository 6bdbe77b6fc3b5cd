import DocumentTree
import Templating
import Testing

@Suite struct InjectionTests {
    @Test(arguments: [
        "O'Brien & <Sons>", "**bold**", "{{debtor.name}}", "</w:t><w:t>", "<script>alert(1)</script>",
        "# not a heading", "- not an item", "| not | a row |", "\\pagebreak", "::: address", "__u__ *e*", "\\*", "😀 عربي",
    ])
    func valuesAreAlwaysPlainText(value: String) throws {
        let context: TemplateValue = ["debtor": ["name": .string(value)]]
        #expect(try render("{{debtor.name}}", context) == [para(.text(value))])
        #expect(try render("- **{{debtor.name}}**", context) == [.list(kind: .bulleted, items: [[.strong([.text(value)])]])])
        #expect(
            try render("| h |\n|---|\n| {{debtor.name}} |", context) == [.table(Table(header: [[.text("h")]], rows: [[[.text(value)]]], alignments: [.left]))])
    }

    @Test func newlinesInValuesBecomeLineBreaksNotParagraphs() throws {
        #expect(
            try render("{{v}}", ["v": "line one\n\n# two\r\nthree"]) == [
                para(.text("line one"), .lineBreak, .lineBreak, .text("# two"), .lineBreak, .text("three"))
            ])
    }

    /// The line ends are found in the UTF-8 bytes; they must be exactly `Character.isNewline`'s.
    @Test(arguments: [
        "a\u{0B}b", "a\u{0C}b", "a\rb", "a\u{85}b", "a\u{2028}b", "a\u{2029}b", "a\r\nb",
        "a§—’\u{A0}b", "\u{2027}\u{202A}\u{84}\u{C5}x\u{301}", "\n", "é\n\u{301}",
    ])
    func valuesSplitWhereCharactersAreNewlines(value: String) throws {
        var expected: [Inline] = []
        for (n, line) in value.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if n > 0 { expected.append(.lineBreak) }
            if !line.isEmpty { expected.append(.text(String(line))) }
        }
        #expect(try render("{{v}}", ["v": .string(value)]) == [.paragraph(style: .body, content: expected)])
    }

    @Test func controlCharactersArePassedThroughForWritersToStrip() throws {
        #expect(try render("{{v}}", ["v": "a\u{1}b"]) == [para(.text("a\u{1}b"))])
    }
}
