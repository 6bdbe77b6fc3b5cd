import DocumentTree
import Testing

@testable import DOCXOutput

@Suite struct DOCXColumnWidthTests {
    let long: [Inline] = [.text("Less fair market value (greater than the sale price of $150,000.00) and a long description")]

    @Test func widthsFillTheTextWidth() {
        let table = Table(header: [[.text("Item")], [.text("Amount")]], rows: [[long, [.text("-$189,000.00")]]])
        let widths = DocumentBody.columnWidths(for: table, columns: 2)
        #expect(widths.reduce(0, +) == OOXML.textWidth)
    }

    @Test func anAmountBesideALongDescriptionKeepsItsWidth() {
        let table = Table(header: [[.text("Item")], [.text("Amount")]], rows: [[long, [.text("-$189,000.00")]]])
        let widths = DocumentBody.columnWidths(for: table, columns: 2)
        // 12 characters at 140 twips plus cell margins: the amount never wraps.
        #expect(widths[1] >= 12 * 140 + 216)
        #expect(widths[0] > widths[1])
    }

    @Test func shortColumnsShareTheWidthByTheirContent() {
        let table = Table(header: [[.text("A")], [.text("Longer header")]], rows: [])
        let widths = DocumentBody.columnWidths(for: table, columns: 2)
        #expect(widths[1] > widths[0])
    }
}

@Suite struct DOCXSpacingAfterTableTests {
    @Test func theParagraphAfterATableGetsSpaceBefore() throws {
        let table = Table(header: [[.text("A")]], rows: [[[.text("1")]]])
        let document = Document(
            metadata: Metadata(title: "t"),
            blocks: [
                .paragraph(style: .body, content: [.text("before")]), .table(table),
                .paragraph(style: .body, content: [.text("after")]),
            ])
        var body = DocumentBody(capacity: 1024)
        body.write(document.blocks)
        let xml = String(decoding: body.out.bytes, as: UTF8.self)
        let after = try #require(xml.range(of: "</w:tbl>"))
        let next = xml[after.upperBound...]
        #expect(next.hasPrefix("<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/><w:spacing w:before=\"200\"/></w:pPr>"))
        #expect(!xml[..<after.lowerBound].contains("w:spacing w:before=\"200\""))
    }
}
