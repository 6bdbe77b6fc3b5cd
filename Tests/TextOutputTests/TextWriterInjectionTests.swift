import DocumentTree
import Testing

import TextOutput

@Suite struct TextWriterInjectionTests {
    /// Values that would change the structure of a careless writer's output.
    static let adversarialValues = [
        "O'Brien & <Sons>", "**bold**", "{{debtor.name}}", "</w:t><w:t>", "<script>alert(1)</script>",
        "Dolores 😀👍🏽 Ruiz", "מרים כהן", "فاطمة الزهراء", "_under_ `code` # not a heading",
    ]

    /// Every place a value can go, holding `value`.
    static func document(holding value: String) -> Document {
        Document(
            metadata: Metadata(title: value, author: value),
            blocks: [
                .heading(level: 1, content: [.text(value)]),
                .paragraph(style: .address, content: [.text(value)]),
                .paragraph(style: .body, content: [.strong([.text(value)])]),
                .list(kind: .bulleted, items: [[.emphasis([.text(value)])]]),
                .list(kind: .numbered, items: [[.underline([.text(value)])]]),
                .table(Table(header: [[.text(value)]], rows: [[[.text(value)]]])),
            ])
    }

    @Test(arguments: adversarialValues)
    func valuesComeOutLiterally(value: String) {
        let lines = TextWriter().write(Self.document(holding: value)).split(separator: "\n").map(String.init)
        #expect(lines.filter { $0 == value }.count == 5, "heading, address, body, table header and cell")
        #expect(lines.contains("- " + value))
        #expect(lines.contains("1. " + value))
    }

    @Test func controlCharactersAreRemoved() {
        let value = "Ann\u{0}ie\u{7} Lee\u{0C}\u{1B}[31m\u{7F}\u{85}"
        let text = TextWriter().write(Self.document(holding: value))
        #expect(text.split(separator: "\n").filter { $0 == "Annie Lee[31m" }.count == 5)
        let controls = text.unicodeScalars.filter { $0.properties.generalCategory == .control && $0 != "\n" }
        #expect(controls.isEmpty)
    }

    @Test func tabsAndCarriageReturnsInValues() {
        let document = Document(
            metadata: Metadata(title: "t"),
            blocks: [
                .paragraph(style: .address, content: [.text("Line one\r\nLine two\rLine\tthree")])
            ])
        #expect(TextWriter().write(document) == "Line one\nLine two\nLine\tthree\n")
    }
}
