import DocumentTree
import Templating
import Testing

@Suite struct ParserTests {
    @Test func headingsAtThreeLevels() throws {
        #expect(
            try render("# One\n## Two *it*\n### Three") == [
                .heading(level: 1, content: [.text("One")]),
                .heading(level: 2, content: [.text("Two "), .emphasis([.text("it")])]),
                .heading(level: 3, content: [.text("Three")]),
            ])
    }

    @Test func paragraphsSplitOnBlankLinesAndSoftLinesJoinWithASpace() throws {
        #expect(
            try render("first line\n  second line  \n\n\nnext") == [
                para(.text("first line second line")), para(.text("next")),
            ])
    }

    @Test func trailingBackslashForcesALineBreak() throws {
        #expect(try render("one\\\ntwo") == [para(.text("one"), .lineBreak, .text("two"))])
    }

    @Test func strongEmphasisUnderlineNest() throws {
        #expect(
            try render("a **b *c* d** __e__ f") == [
                para(
                    .text("a "), .strong([.text("b "), .emphasis([.text("c")]), .text(" d")]), .text(" "),
                    .underline([.text("e")]), .text(" f"))
            ])
    }

    @Test func lonelyAsterisksAndSingleUnderscoresAreText() throws {
        #expect(try render("5 * 3 and snake_case") == [para(.text("5 * 3 and snake_case"))])
    }

    @Test func escapesGiveLiteralCharacters() throws {
        #expect(
            try render("\\*not em\\* \\_\\_x\\_\\_ \\{{name}} a\\|b back\\\\slash") == [
                para(.text("*not em* __x__ {{name}} a|b back\\slash"))
            ])
    }

    @Test func escapedMarkerStartsAParagraph() throws {
        #expect(try render("\\# not a heading\n\n1\\. not a list") == [para(.text("# not a heading")), para(.text("1. not a list"))])
    }

    @Test func bulletedAndNumberedListsAreSeparateLists() throws {
        #expect(
            try render("- a\n- b *c*\n  continued\n3. one\n7. two\n\n- new list") == [
                .list(kind: .bulleted, items: [[.text("a")], [.text("b "), .emphasis([.text("c")]), .text(" continued")]]),
                .list(kind: .numbered, items: [[.text("one")], [.text("two")]]),
                .list(kind: .bulleted, items: [[.text("new list")]]),
            ])
    }

    @Test func tableWithHeaderAlignmentsAndEscapedPipe() throws {
        let blocks = try render("| Item | Qty | Amount |\n|:--|:-:|--:|\n| a \\| b | 1 | **$5** |\n| c | 2 |  |")
        #expect(
            blocks == [
                .table(
                    Table(
                        header: [[.text("Item")], [.text("Qty")], [.text("Amount")]],
                        rows: [[[.text("a | b")], [.text("1")], [.strong([.text("$5")])]], [[.text("c")], [.text("2")], []]],
                        alignments: [.left, .center, .right]))
            ])
    }

    @Test func pageBreakMarker() throws {
        #expect(try render("before\n\\pagebreak\nafter") == [para(.text("before")), .pageBreak, para(.text("after"))])
    }

    @Test(arguments: ParagraphStyle.allCases)
    func divGivesParagraphsItsStyle(style: ParagraphStyle) throws {
        let hard = style == .address || style == .signature
        #expect(
            try render("::: \(style.rawValue)\nline one\nline two\n\nsecond\n:::\nafter") == [
                .paragraph(style: style, content: hard ? [.text("line one"), .lineBreak, .text("line two")] : [.text("line one line two")]),
                .paragraph(style: style, content: [.text("second")]),
                para(.text("after")),
            ])
    }

    @Test func commentsVanishWithTheirLine() throws {
        #expect(try render("a {{! inline }}b\n{{! whole line }}\nc") == [para(.text("a b c"))])
    }

    @Test func frontMatterIsParsed() throws {
        let text = """
            ---
            id: cease-contact
            title: Stop contacting me
            language: es
            description: A letter
            requires: [debtor.name, collector.address]
            kind: letter
            audience: collector
            version: 2
            ---
            Hola
            """
        let library = try TemplateLibrary(sources: [TemplateSource(path: "c.md", text: text)])
        let template = try #require(library.template(id: "cease-contact", language: "es"))
        #expect(
            template.frontMatter
                == FrontMatter(
                    id: "cease-contact", title: "Stop contacting me", language: "es", description: "A letter",
                    requires: ["debtor.name", "collector.address"], kind: "letter", fields: ["audience": "collector", "version": "2"]))
        let document = try template.render([:])
        #expect(document.metadata == Metadata(title: "Stop contacting me", language: "es-US", identifier: "cease-contact", summary: "A letter"))
        #expect(template.missingRequirements(in: ["debtor": ["name": "Ann"]]) == ["collector.address"])
    }

    @Test func languageDefaultsToEnglish() throws {
        let library = try TemplateLibrary(sources: [TemplateSource(path: "x.md", text: "---\nid: x\ntitle: X\n---\nhi\n")])
        let document = try #require(library.template(id: "x", language: "en")).render([:])
        #expect(document.metadata.language == "en-US")
        #expect(document.blocks == [para(.text("hi"))])
    }
}
