import DocumentTree
import Templating
import Testing

@Suite struct ControlTests {
    let context: TemplateValue = [
        "names": ["Ann", "Bo", "Cy"],
        "items": [["label": "Principal", "amount": .money(cents: 120_000)], ["label": "Fees", "amount": .money(cents: 4_550)]],
        "none": [],
        "yes": true, "no": false, "count": 3, "who": "Ann",
    ]

    @Test func standaloneBlockTagsVanishWithTheirLines() throws {
        #expect(try render("{{#if yes}}\nkept\n{{/if}}\n{{#if no}}\ndropped\n{{/if}}", context) == [para(.text("kept"))])
    }

    @Test func eachRepeatsWholeParagraphs() throws {
        #expect(
            try render("Intro.\n\n{{#each names}}\nDear {{this}} (#{{@number}} of 3, index {{@index}}).\n{{/each}}\n\nEnd.", context) == [
                para(.text("Intro.")),
                para(.text("Dear Ann (#1 of 3, index 0).")), para(.text("Dear Bo (#2 of 3, index 1).")), para(.text("Dear Cy (#3 of 3, index 2).")),
                para(.text("End.")),
            ])
    }

    @Test func eachOverListItemsKeepsOneList() throws {
        #expect(
            try render("- first\n{{#each names}}\n- {{this}}{{#if @last}}.{{/if}}\n{{/each}}\n- after", context) == [
                .list(kind: .bulleted, items: [[.text("first")], [.text("Ann")], [.text("Bo")], [.text("Cy.")], [.text("after")]])
            ])
    }

    @Test func eachAloneAroundItemsMakesOneNumberedList() throws {
        #expect(
            try render("Before:\n\n{{#each names}}\n1. {{this}}\n{{/each}}\n\nAfter.", context) == [
                para(.text("Before:")),
                .list(kind: .numbered, items: [[.text("Ann")], [.text("Bo")], [.text("Cy")]]),
                para(.text("After.")),
            ])
    }

    @Test func ifAroundListItemsSkipsThem() throws {
        #expect(
            try render("- a\n{{#if no}}\n- hidden\n{{else}}\n- shown\n{{/if}}\n- z", context) == [
                .list(kind: .bulleted, items: [[.text("a")], [.text("shown")], [.text("z")]])
            ])
    }

    @Test func eachOverTableRows() throws {
        let body = """
            | Item | Amount |
            |---|--:|
            {{#each items}}
            | {{label}} | {{amount | money}} |
            {{/each}}
            {{#if yes}}
            | **Total** | **$1,245.50** |
            {{/if}}
            """
        #expect(
            try render(body, context) == [
                .table(
                    Table(
                        header: [[.text("Item")], [.text("Amount")]],
                        rows: [
                            [[.text("Principal")], [.text("$1,200.00")]], [[.text("Fees")], [.text("$45.50")]],
                            [[.strong([.text("Total")])], [.strong([.text("$1,245.50")])]],
                        ],
                        alignments: [.left, .right]))
            ])
    }

    @Test func eachElseRunsForAnEmptyOrMissingList() throws {
        let body = "{{#each none}}\n- {{this}}\n{{else}}\n- nothing\n{{/each}}\n\n{{#each absent}}\nx\n{{else}}\nno list\n{{/each}}"
        #expect(try render(body, context) == [.list(kind: .bulleted, items: [[.text("nothing")]]), para(.text("no list"))])
    }

    @Test func linesInsideAParagraphAreConditional() throws {
        let body = "::: address\n{{who}}\n{{#if no}}\nSuite 9\n{{/if}}\n{{#if yes}}\nPO Box 1\n{{/if}}\nSpringfield\n:::"
        #expect(
            try render(body, context) == [
                .paragraph(
                    style: .address,
                    content: [
                        .text("Ann"), .lineBreak, .text("PO Box 1"), .lineBreak, .text("Springfield"),
                    ])
            ])
    }

    @Test func blockIfAfterAParagraphWithBlankLineInsideAddsAParagraph() throws {
        let body = "I ask that you stop.\n{{#if yes}}\n\nI also dispute this debt.\n{{/if}}\n\nSincerely,"
        #expect(try render(body, context) == [para(.text("I ask that you stop.")), para(.text("I also dispute this debt.")), para(.text("Sincerely,"))])
    }

    @Test func elseIfChainsAndUnless() throws {
        let body = "{{#if count > 5}}\nmany\n{{else if count >= 3}}\nsome\n{{else}}\nfew\n{{/if}}\n\n{{#unless no}}\nunless works\n{{/unless}}"
        #expect(try render(body, context) == [para(.text("some")), para(.text("unless works"))])
    }

    @Test func inlineConditionalsAndLoops() throws {
        let body = "Names: {{#each names}}{{this}}{{#unless @last}}, {{/unless}}{{/each}}. {{#if no}}x{{else}}**y**{{/if}}"
        #expect(try render(body, context) == [para(.text("Names: Ann, Bo, Cy. "), .strong([.text("y")]))])
    }

    @Test func scopeChainFindsItemFieldsThenOuterNames() throws {
        let data: TemplateValue = ["who": "Outer", "rows": [["label": "A"], ["who": "Inner", "label": "B"]]]
        #expect(
            try render("{{#each rows}}\n- {{label}} by {{who}}\n{{/each}}", data) == [
                .list(kind: .bulleted, items: [[.text("A by Outer")], [.text("B by Inner")]])
            ])
    }

    @Test(arguments: [
        ("yes and not no", true), ("no or yes", true), ("not (yes and no)", true), ("who == \"Ann\"", true),
        ("who != 'Ann'", false), ("count < 3", false), ("count <= 3", true), ("missing", false),
        ("missing.deep == null", true), ("items", true), ("none", false), ("0", false), ("\"\"", false),
        ("total > $1,000.00", true), ("total > 5", false), ("due < today", true),
    ])
    func conditions(expression: String, expected: Bool) throws {
        let data: TemplateValue = [
            "yes": true, "no": false, "who": "Ann", "count": 3, "items": [1], "none": [],
            "total": .money(cents: 120_000), "due": .date(year: 2026, month: 1, day: 2), "today": .date(year: 2026, month: 11, day: 27),
        ]
        #expect(try render("{{#if \(expression)}}T{{else}}F{{/if}}", data) == [para(.text(expected ? "T" : "F"))])
    }

    @Test(arguments: [TemplateValue.null, false, 0, "", .money(cents: 0), [], [:]])
    func falsyValues(value: TemplateValue) throws {
        #expect(!value.isTruthy)
        #expect(try render("{{#if v}}T{{else}}F{{/if}}", ["v": value]) == [para(.text("F"))])
    }

    @Test func emptyParagraphsAndListsAreDropped() throws {
        #expect(try render("{{#if no}}gone{{/if}}\n\n- {{#if no}}x{{/if}}\n\nkept", context) == [para(.text("kept"))])
    }
}
