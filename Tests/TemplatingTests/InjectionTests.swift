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
        #expect(try render("| h |\n|---|\n| {{debtor.name}} |", context) == [.table(Table(header: [[.text("h")]], rows: [[[.text(value)]]], alignments: [.left]))])
    }

    @Test func newlinesInValuesBecomeLineBreaksNotParagraphs() throws {
        #expect(try render("{{v}}", ["v": "line one\n\n# two\r\nthree"]) == [
            para(.text("line one"), .lineBreak, .lineBreak, .text("# two"), .lineBreak, .text("three")),
        ])
    }

    @Test func controlCharactersArePassedThroughForWritersToStrip() throws {
        #expect(try render("{{v}}", ["v": "a\u{1}b"]) == [para(.text("a\u{1}b"))])
    }
}
