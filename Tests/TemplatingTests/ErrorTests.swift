import Templating
import Testing

@Suite struct ErrorTests {
    /// The single diagnostic of a body, as (line, column, message).
    func only(_ body: String) throws -> TemplateDiagnostic {
        let found = diagnostics(body)
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    @Test func unclosedIfPointsAtTheOpeningTagWithCaret() throws {
        let d = try only("Hello\n  {{#if debt.disputed}}\nI dispute it.")
        #expect(d.location == .init(file: "t.md", line: 7, column: 3))
        #expect(
            d.description == """
                t.md:7:3: error: unclosed {{#if}}: expected {{/if}}
                  {{#if debt.disputed}}
                  ^
                """)
    }

    @Test func closeWithoutOpener() throws {
        let d = try only("text\n{{/each}}")
        #expect(d.location.line == 7 && d.location.column == 1)
        #expect(d.message == "{{/each}} without a matching {{#each}}")
    }

    @Test func mismatchedClose() throws {
        let d = try only("{{#if a}}\nx\n{{/each}}")
        #expect(d.location.line == 8)
        #expect(d.message == "{{/each}} does not close {{#if}} (opened at line 6, column 1); expected {{/if}}")
    }

    @Test func unknownFilterSuggestsTheNearestName() throws {
        let d = try only("Owed: {{ debt.amount | mony }}")
        #expect(
            d.description == """
                t.md:6:24: error: unknown filter 'mony' (did you mean 'money'?)
                Owed: {{ debt.amount | mony }}
                                       ^
                """)
    }

    @Test func wrongArgumentCount() throws {
        let d = try only("{{n | plural: \"day\"}}")
        #expect(d.location.column == 7)
        #expect(d.message.hasPrefix("filter 'plural' takes 2 arguments, not 1"))
    }

    @Test func unknownDivStyle() throws {
        let d = try only("::: adress\nx\n:::")
        #expect(d.location.line == 6 && d.location.column == 5)
        #expect(d.message.hasPrefix("unknown div style 'adress' (did you mean 'address'?)"))
    }

    @Test func unterminatedTag() throws {
        let d = try only("Dear {{debtor.name,\nnext")
        #expect(d.location.line == 6 && d.location.column == 6)
        #expect(d.message == "unterminated tag: expected '}}' before the end of the line")
    }

    @Test func tableRowWithWrongCellCount() throws {
        let d = try only("| a | b |\n|---|---|\n| 1 | 2 | 3 |")
        #expect(d.location.line == 8 && d.location.column == 1)
        #expect(d.message == "table row has 3 cells; the header has 2")
    }

    @Test func unclosedEmphasis() throws {
        let d = try only("This is **bold")
        #expect(d.location.column == 9)
        #expect(d.message.hasPrefix("'**' is not closed on this line"))
    }

    @Test func inlineBlockMustCloseOnItsLine() throws {
        let d = try only("a {{#if x}} b")
        #expect(d.location.column == 3)
        #expect(d.message.hasPrefix("{{#if}} is not closed on this line"))
    }

    @Test func frontMatterMissingIdAndTitle() {
        let found = diagnostics([TemplateSource(path: "x.md", text: "---\nlanguage: en\n---\nbody")])
        #expect(found.map(\.message) == ["front matter is missing 'id:'", "front matter is missing 'title:'"])
        #expect(found.allSatisfy { $0.location == .init(file: "x.md", line: 1, column: 1) })
    }

    @Test func noFrontMatter() {
        let found = diagnostics([TemplateSource(path: "x.md", text: "just text")])
        #expect(found.count == 1 && found[0].message.hasPrefix("a template starts with front matter"))
    }

    @Test func badYAMLIsReportedOnItsLine() {
        let found = diagnostics([TemplateSource(path: "x.md", text: "---\nid: x\ntitle: [unclosed\n---\nbody")])
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("front matter is not valid YAML") == true)
        #expect((3...4).contains(found.first?.location.line ?? 0))
    }

    @Test func duplicateIdAndLanguage() {
        let found = diagnostics([source("a", path: "one.md"), source("b", path: "two.md")])
        #expect(found.map(\.message) == ["duplicate template 't' for language 'en'; it is also defined in one.md"])
        #expect(found.first?.location == .init(file: "two.md", line: 2, column: 5))
    }

    @Test func everyErrorInEverySourceIsReportedAtOnce() {
        let found = diagnostics([
            source("{{x | bogus}}\n{{#each}}\n| a |\n|---|\n| 1 | 2 |\n::: nope\n:::\n{{/if}}", path: "a.md"),
            source("{{#if y}}\n{{> missing}}", id: "b", path: "b.md"),
        ])
        #expect(
            found.map { "\($0.location.file):\($0.location.line):\($0.location.column)" } == [
                "a.md:6:7", "a.md:7:8", "a.md:10:1", "a.md:11:5", "a.md:13:1", "b.md:6:1", "b.md:7:1",
            ], "\(found.map(\.description).joined(separator: "\n"))")
    }

    @Test func partialRecursionIsAnError() {
        let found = diagnostics([
            source("{{> a}}"),
            TemplateSource(path: "partials/a.md", text: "A {{> b}}"),
            TemplateSource(path: "partials/b.md", text: "B {{> a}}"),
        ])
        #expect(found.map(\.message) == ["partial 'a' includes itself (a → b → a)"])
        #expect(found.first?.location == .init(file: "partials/b.md", line: 1, column: 3))
    }

    @Test func caretLinesUpUnderTabs() {
        let d = TemplateDiagnostic(location: .init(file: "f", line: 1, column: 3), message: "m", sourceLine: "\t\tx")
        #expect(d.description == "f:1:3: error: m\n\t\tx\n\t\t^")
    }

    @Test func rowsInEachNeedATableAbove() throws {
        let d = try only("text\n\n{{#each rows}}\n| {{a}} |\n{{/each}}")
        #expect(d.location.line == 8)
        #expect(d.message.hasPrefix("table rows inside {{#each}} need their table directly above"))
    }
}
