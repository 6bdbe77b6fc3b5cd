import Templating
import Testing

/// `applies_when` and `packet_order`: compiled with the library, evaluated against a context.
@Suite struct ApplicabilityTests {
    /// A template source whose front matter has `extra` lines after `language:` (line 5 on).
    func source(_ extra: String, id: String = "t") -> TemplateSource {
        TemplateSource(path: "\(id).md", text: "---\nid: \(id)\ntitle: Test\nlanguage: en\n\(extra)\n---\nBody.\n")
    }

    func template(_ extra: String) throws -> CompiledTemplate {
        let library = try TemplateLibrary(sources: [source(extra)])
        return try #require(library.template(id: "t", language: "en"))
    }

    let garnished: TemplateValue = [
        "actions": ["garnishments": [["employer": "Acme"]]],
        "debt": ["disputed": false, "balance_claimed": .money(cents: 120_000)],
        "analysis": ["fdcpa": ["validation_window_open": true]],
    ]

    @Test func absentConditionAlwaysApplies() throws {
        let t = try template("kind: letter")
        #expect(t.appliesWhen == nil)
        #expect(t.applies(to: [:]))
        #expect(t.packetOrder == 100)
    }

    @Test(arguments: [
        ("applies_when: actions.garnishments", true),
        ("applies_when: actions.bank_levies", false),
        ("applies_when: not actions.bank_levies", true),
        ("applies_when: actions.garnishments and not debt.disputed", true),
        ("applies_when: debt.disputed or analysis.fdcpa.validation_window_open", true),
        ("applies_when: debt.balance_claimed > $1,000.00", true),
        ("applies_when: debt.balance_claimed >= $1,200.01", false),
        ("applies_when: 'language == \"es\"'", false),
        ("applies_when: \"not (debt.disputed == true)\"", true),
    ])
    func conditionIsEvaluatedLikeIf(line: String, expected: Bool) throws {
        #expect(try template(line).applies(to: garnished) == expected)
    }

    @Test func conditionKeepsItsText() throws {
        let t = try template("applies_when: actions.garnishments and not debt.disputed")
        #expect(t.appliesWhen?.description == "actions.garnishments and not debt.disputed")
    }

    @Test func packetOrderIsRead() throws {
        #expect(try template("packet_order: 20").packetOrder == 20)
        #expect(try template("packet_order: -5").packetOrder == -5)
    }

    @Test func badConditionIsACompileErrorAtItsColumn() throws {
        let found = diagnostics([source("applies_when: actions.garnishments and")])
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.location == .init(file: "t.md", line: 5, column: 39))
        #expect(d.message.hasPrefix("applies_when: expected a value"))
        #expect(d.description.hasSuffix("applies_when: actions.garnishments and\n                                      ^"))
    }

    @Test func quotedConditionErrorPointsInsideTheQuotes() throws {
        let d = try #require(diagnostics([source("applies_when: \"debt.x == == 2\"")]).first)
        #expect(d.location == .init(file: "t.md", line: 5, column: 26))
    }

    @Test(arguments: [
        ("applies_when: debt.disputed )", "applies_when: unexpected ')' after the condition"),
        ("applies_when: ''", "applies_when: expected a condition such as actions.garnishments"),
        ("applies_when: '@first'", "applies_when: loop variables such as @index mean nothing outside {{#each}}"),
        ("applies_when: debt.x ~ 2", "applies_when: unexpected character '~'"),
        ("packet_order: soon", "packet_order must be a whole number such as 20, not 'soon'"),
    ])
    func badValuesAreReported(line: String, message: String) throws {
        let found = diagnostics([source(line)])
        #expect(found.map(\.message) == [message])
        #expect(found.first?.location.line == 5)
    }

    @Test func errorsOfSeveralTemplatesAreReportedTogether() throws {
        let found = diagnostics([source("applies_when: (a", id: "a"), source("packet_order: 1.5", id: "b")])
        #expect(found.map(\.location.file) == ["a.md", "b.md"])
    }

    @Test func standaloneConditionCompilesAndEvaluates() throws {
        let location = TemplateDiagnostic.Location(file: "x", line: 1, column: 1)
        let condition = try Condition(parsing: "actions.garnishments", at: location, sourceLine: "")
        #expect(condition.isTrue(in: garnished))
        #expect(!condition.isTrue(in: [:]))
    }
}
