import DocumentTree
import Templating
import Testing

@Suite struct RenderTests {
    @Test func everyMissingValueIsReportedWithItsTag() throws {
        let problems = try renderProblems(
            "Dear {{debtor.nmae}},\n\n{{collector.address | lines}}\n{{#each rows}}\n- {{label}}\n{{/each}}",
            ["debtor": ["name": "Ann"], "rows": [["x": 1], ["x": 2]]])
        #expect(
            problems.map(\.description) == [
                """
                t.md:6:6: error: no value for 'debtor.nmae' (did you mean 'debtor.name'?); supply it, or write {{ debtor.nmae | default: "…" }}
                Dear {{debtor.nmae}},
                     ^
                """,
                """
                t.md:8:1: error: no value for 'collector.address'; supply it, or write {{ collector.address | default: "…" }}
                {{collector.address | lines}}
                ^
                """,
                """
                t.md:10:3: error: no value for 'label'; supply it, or write {{ label | default: "…" }}
                - {{label}}
                  ^
                """,
            ])
    }

    @Test func nullIsMissingButEmptyTextIsAValue() throws {
        #expect(try renderProblems("{{a}}", ["a": .null]).count == 1)
        #expect(try render("x{{a}}y", ["a": ""]) == [para(.text("xy"))])
    }

    @Test func missingInsideAConditionIsFalseNotAnError() throws {
        #expect(try render("{{#if a.b.c}}yes{{else}}no{{/if}}", [:]) == [para(.text("no"))])
    }

    @Test func draftShowsPlaceholdersInsteadOfFailing() throws {
        let blocks = try render("To {{collector.address}} re {{debt.account_number | last4}} for {{this.amount | money}}", [:], draft: true)
        #expect(blocks == [para(.text("To [COLLECTOR ADDRESS] re [DEBT ACCOUNT NUMBER] for [AMOUNT]"))])
    }

    @Test func eachOverAScalarIsAnError() throws {
        let problems = try renderProblems("{{#each v}}\nx\n{{/each}}", ["v": "text"])
        #expect(problems.map(\.message) == ["{{#each}} needs a list, but 'v' is text"])
        #expect(problems.first?.location.line == 6)
    }

    @Test func metadataComesFromFrontMatter() throws {
        let document = try compile("hola", language: "es").render([:])
        #expect(document.metadata.title == "Test")
        #expect(document.metadata.language == "es-US")
        #expect(document.metadata.identifier == "t")
        #expect(document.metadata.author == "" && document.metadata.date == "1970-01-01")
    }

    @Test func renderingTwiceGivesTheSameTree() throws {
        let template = try compile("# {{t}}\n\n- {{#each l}}{{this}} {{/each}}")
        let context: TemplateValue = ["t": "Title", "l": [1, 2, 3]]
        #expect(try template.render(context) == template.render(context))
    }

    @Test func valueAtPath() {
        let value: TemplateValue = ["a": ["b": [10, 20]]]
        #expect(value.value(at: ["a", "b", "1"]) == 20)
        #expect(value.value(at: "a.b.0") == 10)
        #expect(value.value(at: ["a", "x"]) == nil)
    }

    @Test func largeLoopRendersWithoutReparsing() throws {
        let template = try compile("| n | v |\n|---|--:|\n{{#each rows}}\n| {{@number}} | {{v | money}} |\n{{/each}}")
        let rows = TemplateValue.list((0..<5_000).map { ["v": .money(cents: $0)] })
        let document = try template.render(["rows": rows])
        guard case .table(let table) = document.blocks.first else { Issue.record("no table"); return }
        #expect(table.rows.count == 5_000)
        #expect(table.rows.last == [[.text("5000")], [.text("$49.99")]])
    }
}

@Suite struct DocumentedExampleTests {
    @Test func numberStepIndexesAList() throws {
        #expect(
            try render("{{debts.0.creditor}} / {{debts.1.creditor | default: \"none\"}}", ["debts": [["creditor": "Acme"]]]) == [
                para(.text("Acme / none"))
            ])
    }

    @Test func inlineIfInsideASalutation() throws {
        let body = "Dear {{#if title}}{{title}} {{/if}}{{name}},"
        #expect(try render(body, ["title": "Ms.", "name": "Ruiz"]) == [para(.text("Dear Ms. Ruiz,"))])
        #expect(try render(body, ["name": "Ruiz"]) == [para(.text("Dear Ruiz,"))])
    }

    @Test func literalOperandsAndMoneyLiterals() throws {
        #expect(
            try render("{{ \"abc\" | upper }} {{#if b > $500.00 and not (n == -3)}}big{{/if}}", ["b": .money(cents: 50_001), "n": 3]) == [
                para(.text("ABC big"))
            ])
    }

    /// Blocks without holes or controls are rendered once at compile time; every render, in and
    /// around controls and loops, must still give them in place and in order.
    @Test func fixedBlocksKeepTheirPlaceInAndAroundControls() throws {
        let template = try compile(
            """
            # Title

            Fixed **text**.
            {{#if a}}

            - one
            - two

            {{#each rows}}
            Row {{this}}.

            Fixed in a loop.
            {{/each}}
            {{else}}

            Otherwise fixed.
            {{/if}}

            \\pagebreak

            | h |
            |---|
            | c |
            """)
        let title = Block.heading(level: 1, content: [.text("Title")])
        let fixed = para(.text("Fixed "), .strong([.text("text")]), .text("."))
        let list = Block.list(kind: .bulleted, items: [[.text("one")], [.text("two")]])
        let table = Block.table(Table(header: [[.text("h")]], rows: [[[.text("c")]]], alignments: [.left]))
        #expect(
            try template.render(["a": true, "rows": [1, 2]]).blocks == [
                title, fixed, list, para(.text("Row 1.")), para(.text("Fixed in a loop.")),
                para(.text("Row 2.")), para(.text("Fixed in a loop.")), .pageBreak, table,
            ])
        #expect(
            try template.render(["a": false], options: .init(draft: true)).blocks == [
                title, fixed, para(.text("Otherwise fixed.")), .pageBreak, table,
            ])
    }
}
