import DocumentTree
@testable import Templating
import Testing

/// Hostile nesting and blow-ups are refused with a located error, far below what the stack holds
/// (each of these crashed or ran for minutes before the limits).
@Suite struct LimitTests {
    /// The diagnostics' messages of a body.
    func messages(_ body: String, partials: [TemplateSource] = []) -> [String] {
        diagnostics([source(body)] + partials).map(\.message)
    }

    @Test func deeplyNestedBlockTagsAreRefusedAtTheFirstTooDeepLine() throws {
        let n = 10_000
        let body = String(repeating: "{{#if a}}\n", count: n) + "x\n" + String(repeating: "{{/if}}\n", count: n)
        let found = diagnostics(body)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.message.contains("nested too deeply"))
        #expect(d.location.line == 6 + TemplateLimits.blockDepth)
    }

    @Test func deeplyNestedDivsAreRefused() {
        let n = 10_000
        let body = String(repeating: "::: address\n", count: n) + "x\n" + String(repeating: ":::\n", count: n)
        #expect(messages(body).contains { $0.contains("nested too deeply") })
    }

    @Test func nestingAtTheLimitStillCompiles() throws {
        let n = TemplateLimits.blockDepth
        let body = String(repeating: "{{#if a}}\n", count: n) + "x\n" + String(repeating: "{{/if}}\n", count: n)
        #expect(try render(body, ["a": true]) == [para(.text("x"))])
    }

    @Test func deeplyNestedInlineTagsAreRefused() {
        let n = 16_000
        let body = String(repeating: "{{#if a}}", count: n) + "x" + String(repeating: "{{/if}}", count: n)
        let found = messages(body)
        #expect(found.count == 1)
        #expect(found.first?.contains("nested too deeply") == true)
    }

    @Test func deeplyNestedEmphasisIsRefused() {
        let body = String(repeating: "*a ", count: 20_000)
        #expect(messages(body).contains { $0.contains("nested too deeply") })
    }

    @Test(arguments: [
        "{{#if " + String(repeating: "(", count: 100_000) + "a" + String(repeating: ")", count: 100_000) + "}}x{{/if}}",
        "{{#if " + Array(repeating: "a", count: 50_000).joined(separator: " or ") + "}}x{{/if}}",
        "{{#if " + String(repeating: "not ", count: 50_000) + "a}}x{{/if}}",
    ])
    func hugeConditionsAreRefused(body: String) {
        let found = messages(body)
        #expect(found.count == 1)
        #expect(found.first?.contains("condition too large") == true)
    }

    @Test func hugeAppliesWhenIsRefused() {
        let condition = String(repeating: "(", count: 100_000) + "a" + String(repeating: ")", count: 100_000)
        let text = "---\nid: t\ntitle: T\nlanguage: en\napplies_when: \"\(condition)\"\n---\nx\n"
        let found = diagnostics([TemplateSource(path: "t.md", text: text)]).map(\.message)
        #expect(found.contains { $0.contains("condition too large") })
    }

    @Test func aLongChainOfPartialsIsRefused() {
        let n = 10_000
        let partials = (0..<n).map { i in
            TemplateSource(path: "partials/p\(i).md", text: i + 1 < n ? "{{> p\(i + 1)}}\n" : "end\n")
        }
        let found = messages("{{> p0}}\n", partials: partials)
        #expect(found.count == 1)
        #expect(found.first?.contains("partials nested too deeply") == true)
    }

    @Test func partialsThatMultiplyAreRefused() {
        // Each level includes the next ten times: 10^9 lines if expanded.
        let levels = 9
        let partials = (0..<levels).map { i in
            TemplateSource(
                path: "partials/p\(i).md",
                text: i + 1 < levels ? String(repeating: "{{> p\(i + 1)}}\n", count: 10) : "line\n")
        }
        let found = messages("{{> p0}}\n", partials: partials)
        #expect(found.count == 1)
        #expect(found.first?.contains("expand to more than") == true)
    }

    @Test func nestedLoopsStopAtTheWorkBudget() throws {
        let items = TemplateValue.list(Array(repeating: .map(["v": .string("x")]), count: 1000))
        let body = "{{#each xs}}\n{{#each xs}}\n{{#each xs}}\n{{v}}\n{{/each}}\n{{/each}}\n{{/each}}\n"
        let problems = try renderProblems(body, ["xs": items])
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("too large to render") == true)
        #expect(problems.first?.location.line == 8)
    }

    @Test func workBudgetCountsTheCharactersWritten() throws {
        let big = String(repeating: "y", count: 1 << 20)
        let items = TemplateValue.list(Array(repeating: .string(big), count: 100))
        let body = "{{#each xs}}\n{{this}}{{this}}{{this}}{{this}}{{this}}{{this}}\n{{/each}}\n"
        let problems = try renderProblems(body, ["xs": items])
        #expect(problems.first?.message.contains("too large to render") == true)
    }
}

/// Building a template stays linear in its size: each of these took minutes when every added
/// row, item or line copied what was collected so far.
@Suite struct LinearBuildTests {
    static let n = 50_000

    @Test func aLongTable() throws {
        let body = "| a | b |\n|---|---|\n" + String(repeating: "| x | {{y}} |\n", count: Self.n)
        let blocks = try render(body, ["y": "z"])
        guard case .table(let table)? = blocks.first else { Issue.record("no table"); return }
        #expect(table.rows.count == Self.n)
    }

    @Test func aLongParagraphAndList() throws {
        let body = String(repeating: "word {{y}}\n", count: Self.n) + "\n" + String(repeating: "- item\n  more\n", count: Self.n / 2)
        let blocks = try render(body, ["y": "z"])
        #expect(blocks.count == 2)
        guard case .list(_, let items)? = blocks.last else { Issue.record("no list"); return }
        #expect(items.count == Self.n / 2)
    }
}

@Suite struct BoundedErrorTextTests {
    @Test func aHugeTagGivesABoundedMessage() {
        let word = String(repeating: "x", count: 1_400_000)
        let found = diagnostics("Dear {{ debtor.name | \(word) }}, and {{ \(word). }}\n")
        #expect(!found.isEmpty)
        let text = found.map(\.description).joined(separator: "\n")
        #expect(text.utf8.count < 10_000)
    }

    @Test func theCaretStillPointsIntoALongLine() {
        let found = diagnostics(String(repeating: "a", count: 1000) + " {{ debtor.name | mony }}\n")
        let lines = found.first?.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) ?? []
        #expect(lines.count == 3)
        let caret = lines[2].count - 1
        let quoted = Array(lines[1])
        #expect(caret < quoted.count && String(quoted[caret...].prefix(4)) == "mony")
    }
}
