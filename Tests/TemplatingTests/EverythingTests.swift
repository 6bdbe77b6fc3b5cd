import DocumentTree
import Templating
import Testing

@Suite struct EverythingTests {
    @Test func fixtureCompilesAndRendersEveryNodeType() throws {
        let document = try EverythingFixture.document()
        var blockKinds: Set<String> = [], styles: Set<ParagraphStyle> = [], inlineKinds: Set<String> = []
        var listKinds: Set<ListKind> = [], alignments: Set<ColumnAlignment> = [], headingLevels: Set<Int> = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .text: inlineKinds.insert("text")
                case .strong(let c): inlineKinds.insert("strong"); visit(c)
                case .emphasis(let c): inlineKinds.insert("emphasis"); visit(c)
                case .underline(let c): inlineKinds.insert("underline"); visit(c)
                case .lineBreak: inlineKinds.insert("lineBreak")
                }
            }
        }
        var forms = 0
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let level, let content): blockKinds.insert("heading"); headingLevels.insert(level); visit(content)
                case .paragraph(let style, let content): blockKinds.insert("paragraph"); styles.insert(style); visit(content)
                case .list(let kind, let items): blockKinds.insert("list"); listKinds.insert(kind); items.forEach(visit)
                case .table(let table):
                    blockKinds.insert("table"); alignments.formUnion(table.alignments); table.rows.joined().forEach(visit)
                    if table.isForm { forms += 1 }
                case .pageBreak: blockKinds.insert("pageBreak")
                case .keep(let children): blockKinds.insert("keep"); visit(children)
                }
            }
        }
        visit(document.blocks)
        #expect(blockKinds == ["heading", "paragraph", "list", "table", "pageBreak", "keep"])
        #expect(forms == 1)
        #expect(document.metadata.page.continuation == "Ana O'Brien & <Sons> — Re: account ending in 5678")
        #expect(styles == Set(ParagraphStyle.allCases))
        #expect(inlineKinds == ["text", "strong", "emphasis", "underline", "lineBreak"])
        #expect(listKinds == [.bulleted, .numbered])
        #expect(alignments == [.left, .center, .right])
        #expect(headingLevels == [1, 2, 3])
    }

    @Test func fixtureRendersTheExpectedLetter() throws {
        let blocks = try EverythingFixture.document().blocks
        #expect(
            blocks.prefix(4) == [
                .paragraph(
                    style: .address,
                    content: [.text("Ana O'Brien & <Sons>"), .lineBreak, .text("12 Elm St, Apt 3"), .lineBreak, .text("Springfield, IL 62701")]),
                .paragraph(style: .date, content: [.text("November 27, 2026")]),
                .paragraph(style: .address, content: [.text("ACME RECOVERY LLC"), .lineBreak, .text("PO Box 9"), .lineBreak, .text("Dallas, TX 75201")]),
                .paragraph(style: .subject, content: [.strong([.text("Re: account ending in ****5678")])]),
            ])
        #expect(
            blocks.contains(
                para(
                    .text("This paragraph has "), .strong([.text("strong")]), .text(", "), .emphasis([.text("emphasis")]), .text(" and "),
                    .underline([.text("underlined")]), .text(" text, a soft line that joins with a space, and a forced"), .lineBreak,
                    .text("line break. Literal characters: *, _, {{, | and \\."))))
        #expect(blocks.contains(para(.text("I dispute this debt of $1,245.50 ($1,245.50 in cents)."))))
        #expect(blocks.contains(para(.text("It is unpaid after 45 days; no note."))))
        #expect(blocks.contains(para(.text("Letter 1 of 2 was sent on 09/01/2026."))))
        #expect(blocks.contains(para(.text("Letter 2 of 2 was sent on 10/15/2026 (the last)."))))
        #expect(blocks.contains(.list(kind: .bulleted, items: [[.text("Fixed item")], [.text("First Bank,")], [.text("{{debtor.name}}")]])))
        #expect(blocks.contains(.list(kind: .numbered, items: [[.text("First step")], [.text("Verify the debt")], [.text("Stop contact")]])))
        #expect(
            blocks.contains(
                .table(
                    Table(
                        header: [[.text("Item")], [.text("Count")], [.text("Amount")]],
                        rows: [
                            [[.text("Principal")], [.text("1")], [.text("$1,200.00")]],
                            [[.text("Fees </w:t><w:t>")], [.text("1,200")], [.text("$45.50")]],
                            [[.strong([.text("Total")])], [.text("2")], [.strong([.text("$1,245.50")])]],
                        ],
                        alignments: [.left, .center, .right]))))
        #expect(
            blocks.contains(
                para(
                    .text("Aliases: Ana O.; **A. O'B.**. Amounts $1,200.00 + $45.50. Lowercase: ana o'brien & <sons>. Date in ISO: 2026-11-27."))))
        #expect(
            blocks.suffix(4)
                == [
                    .pageBreak,
                    .keep([
                        .paragraph(style: .body, content: [.text("Body-style paragraph after the page break.")]),
                        .paragraph(style: .signature, content: [.text("Sincerely,")]),
                        .paragraph(style: .signature, content: [.text("Ana O'Brien & <Sons>")]),
                    ]),
                    .table(
                        Table(
                            header: [[.text("Date")], [.text("What was said")]], rows: [[[.text("____")], [.text("____")]]],
                            alignments: [.left, .left], isForm: true)),
                    .paragraph(style: .notice, content: [.text("This letter is not legal advice.")]),
                ].suffix(4))
    }

    @Test func fixtureNeedsEveryRequiredField() throws {
        let template = try EverythingFixture.template()
        #expect(template.missingRequirements(in: EverythingFixture.context).isEmpty)
        #expect(template.frontMatter.fields == ["audience": "tests"])
        let draft = try template.render([:], options: .init(draft: true))
        #expect(draft.blocks.contains(.paragraph(style: .date, content: [.text("[TODAY]")])))
    }
}
