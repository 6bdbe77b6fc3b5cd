import DocumentTree
import Testing

@testable import TextOutput

@Suite struct TextWriterListTableTests {
    @Test func bulletsHangUnderTheirText() {
        let document = Document(
            metadata: Metadata(title: "t"),
            blocks: [
                .list(
                    kind: .bulleted,
                    items: [
                        [.text("Short.")],
                        [.text("A longer item that has to wrap onto a second line.")],
                    ])
            ])
        #expect(
            TextWriter(width: 30).write(document) == """
                - Short.
                - A longer item that has to
                  wrap onto a second line.

                """)
    }

    @Test func numbersAreRightAlignedFromTenItems() {
        let items: [[Inline]] = (1...10).map { [.text(String(repeating: "x", count: $0 == 10 ? 30 : 1))] }
        let lines = TextWriter(width: 20).write(
            Document(
                metadata: Metadata(title: "t"),
                blocks: [
                    .list(kind: .numbered, items: items)
                ])
        ).split(separator: "\n").map(String.init)
        #expect(lines.first == " 1. x")
        #expect(lines[8] == " 9. x")
        #expect(lines[9] == "10. xxxxxxxxxxxxxxxx")
        #expect(lines[10] == "    xxxxxxxxxxxxxx")
        #expect(lines.count == 11)
    }

    @Test func fewerThanTenItemsNeedNoPadding() {
        let document = Document(
            metadata: Metadata(title: "t"),
            blocks: [
                .list(kind: .numbered, items: [[.text("One")], [.strong([.text("Two")])]])
            ])
        #expect(TextWriter().write(document) == "1. One\n2. Two\n")
    }

    @Test func tablesAlignColumnsUnderADashedHeader() {
        let table = Table(
            header: [[.text("Item")], [.text("Kind")], [.text("Amount")]],
            rows: [
                [[.text("Principal")], [.text("owed")], [.text("$12,480.00")]],
                [[.text("Fees")], [.text("disputed")], [.text("$5.00")]],
            ],
            alignments: [.left, .center, .right])
        let text = TextWriter().write(Document(metadata: Metadata(title: "t"), blocks: [.table(table)]))
        #expect(
            text == """
                Item         Kind        Amount
                ---------  --------  ----------
                Principal    owed    $12,480.00
                Fees       disputed       $5.00

                """)
    }

    @Test func wideTablesWrapCellsInsideTheirColumns() {
        let table = Table(
            header: [[.text("Description")], [.text("Amount")]],
            rows: [
                [[.text("Interest and fees added after charge-off")], [.text("$1,310.55")]],
                [[.text("Principal")], [.text("$12,480.00")]],
            ],
            alignments: [.left, .right])
        let text = TextWriter(width: 30).write(Document(metadata: Metadata(title: "t"), blocks: [.table(table)]))
        #expect(
            text == """
                Description             Amount
                ------------------  ----------
                Interest and fees    $1,310.55
                added after
                charge-off

                Principal           $12,480.00

                """)
    }

    @Test func shortRowsArePaddedAndTabsBecomeSpaces() {
        let table = Table(header: [[.text("A")], [.text("B")]], rows: [[[.text("x\ty")]], [[.text("1")], [.text("2")], [.text("3")]]])
        let text = TextWriter().write(Document(metadata: Metadata(title: "t"), blocks: [.table(table)]))
        #expect(text == "A    B\n---  -  -\nx y\n1    2  3\n")
    }
}
