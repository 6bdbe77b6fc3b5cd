import Testing
import DocumentTree

@Suite struct DocumentTreeTests {
    @Test func plainTextFlattensNestedInlines() {
        let content: [Inline] = [.text("Re: "), .strong([.text("account "), .emphasis([.text("1234")])]), .lineBreak, .text("x")]
        #expect(content.plainText == "Re: account 1234\nx")
    }

    @Test(arguments: [
        ("a\u{0}b\u{7}c", "abc"),
        ("tab\there\nnew", "tab\there\nnew"),
        ("O'Brien & <Sons> 👋 עברית", "O'Brien & <Sons> 👋 עברית"),
        ("\u{FFFE}x\u{FFFF}", "x"),
    ])
    func removesXMLForbiddenCharacters(input: String, expected: String) {
        #expect(input.removingXMLForbiddenCharacters == expected)
    }

    @Test func tableAlignmentDefaultsToLeft() {
        let table = Table(header: [[.text("A")], [.text("B")]], rows: [], alignments: [.right])
        #expect(table.alignment(ofColumn: 0) == .right)
        #expect(table.alignment(ofColumn: 1) == .left)
        #expect(table.columnCount == 2)
    }
}
