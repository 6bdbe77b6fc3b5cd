import Foundation
import CaseModel
import Testing

@Suite struct SyntaxErrorTests {
    @Test(arguments: [
        ("id: a\ndebtor:\n  name: [unclosed\n  city: x\n", 4),
        ("id: a\n  debtor: b\n", 2),
        ("id: \"open\ndebtor: x\n", 3),
    ])
    func yamlSyntaxErrorsCarryTheirLine(_ text: String, _ line: Int) throws {
        let result = TestCases.parse(text)
        #expect(result.value == nil)
        let error = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.path == "")
        #expect(error.line == line)
        #expect(error.column != nil)
        #expect(error.description.hasPrefix("line \(line), column "))
        #expect(error.message.hasPrefix("syntax error: "))
    }

    @Test func jsonSyntaxErrorCarriesLineAndColumn() throws {
        let json = "{\n  \"id\": \"a\",\n  \"debtor\": {\"name\": \"x\",}\n  \"notes\": 1\n}"
        let error = try #require(CaseParser.parse(json, format: .json, asOf: Fixtures.asOf).diagnostics.first)
        // The trailing comma on line 3 is where the JSON goes wrong.
        #expect(error.line == 3)
        #expect(error.column == 26)
    }

    @Test func duplicateKeysAreErrors() {
        let result = TestCases.parse("id: a\nid: b\n")
        #expect(result.diagnostics.map(\.message) == ["the key 'id' appears twice in one object"])
        #expect(result.diagnostics.first?.line == 1)
    }

    /// More than 64 keys switch the duplicate check to a set; a key the quick filter passes must
    /// still go into it, or its own repeat slips through. The 65 `k…x` keys share a filter bit.
    @Test(arguments: ["{\"debtor\": 1, \"debtor\": 2}", "{\"debtor\": 1, \"debtor\": 2, \"x\": 3}"])
    func duplicateKeysAreFoundInLargeJSONObjects(tail: String) {
        let many = (0...64).map { "\"k\(String(format: "%03d", $0))x\": \($0)" }.joined(separator: ", ")
        let json = "{" + many + ", " + tail.dropFirst()
        let result = CaseParser.parse(json, format: .json, asOf: Fixtures.asOf)
        #expect(result.diagnostics.map(\.message) == ["the key 'debtor' appears twice in one object"])
    }

    @Test func anUnexpectedCharacterIsShownWhole() {
        let result = CaseParser.parse("{\"id\": é}", format: .json, asOf: Fixtures.asOf)
        #expect(result.diagnostics.map(\.message) == ["syntax error: unexpected character 'é'; a value was expected"])
    }

    @Test func emptyFileIsAnError() {
        #expect(TestCases.parse("# only a comment\n").diagnostics.map(\.message) == ["the case file is empty"])
    }

    @Test func anchorsAndAliasesAreRefused() {
        // Aliases let a tiny file describe an exponentially large tree; case files never need them.
        let yaml = TestCases.yaml("collector: &c\n  name: A\ncurrent_creditor: *c")
        let result = TestCases.parse(yaml)
        #expect(result.value == nil)
        #expect(
            result.errors.map(\.message) == [
                "anchors and aliases (&c) are not supported in case files; write the values out"
            ])
    }
}
