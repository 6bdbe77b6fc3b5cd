import Foundation
import CaseModel
import Testing

@Suite struct SyntaxErrorTests {
    /// The path is the deepest field read before the error (before an unclosed bracket or quote
    /// that runs on to it), with the line and column of the error itself.
    @Test(arguments: [
        ("id: a\ndebtor:\n  name: [unclosed\n  city: x\n", 4, "debtor.name"),
        ("id: a\n  debtor: b\n", 2, "id"),
        ("id: \"open\ndebtor: x\n", 3, "id"),
        ("income:\n  - source: ssi\n    amount: 1\n  - source: wages\n    amount: ]\n", 5, "income[1].amount"),
        ("debtor:\n  name: A\n  address:\n    city: B\n   zip: 1\n", 5, "debtor.address.city"),
    ])
    func yamlSyntaxErrorsCarryTheirLineAndField(_ text: String, _ line: Int, _ path: String) throws {
        let result = TestCases.parse(text)
        #expect(result.value == nil)
        let error = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.path == path)
        #expect(error.line == line)
        #expect(error.column != nil)
        #expect(error.description.hasPrefix("\(path) (line \(line), column "))
        #expect(error.message.hasPrefix("syntax error: "))
    }

    @Test func aSyntaxErrorBeforeAnyFieldHasNoPath() throws {
        let error = try #require(TestCases.parse("[unclosed\n").diagnostics.first)
        #expect(error.path == "")
        #expect(error.description.hasPrefix("line "))
    }

    @Test(arguments: [
        ("id: a\nid: b\n", "id", 1),
        ("id: a\ndebtor:\n  name: A\n  name: B\n", "debtor.name", 3),
        ("income:\n  - source: ssi\n  - source: wages\n    amount: 1\n    source: x\n", "income[1].source", 3),
        ("debtor: {name: A, address: {city: B, city: C}}\n", "debtor.address.city", 1),
        ("debtor:\n  \"name\": A\n  'name': B\n", "debtor.name", 2),
        // An inner object is read, and its repeated key found, before the object that holds it.
        ("debtor:\n  name: A\n  name: B\n  address: {zip: 1, zip: 2}\n", "debtor.address.zip", 4),
        ("a:\n  k: 1\n  k: 2\n  k: 3\n", "a.k", 2),
    ])
    func yamlDuplicateKeysCarryTheirPath(_ text: String, _ path: String, _ line: Int) throws {
        let error = try #require(TestCases.parse(text).diagnostics.first)
        #expect(error.message.hasPrefix("the key '"))
        #expect(error.path == path)
        #expect(error.line == line)
    }

    @Test(arguments: [
        (#"{"id": "a", "id": "b"}"#, "id"),
        (#"{"debtor": {"name": "A", "name": "B"}}"#, "debtor.name"),
        (#"{"debtor": {"address": {"zip": "1"}, "name": "A", "name": "B"}}"#, "debtor.name"),
        (#"{"income": [{"source": "ssi"}, [1, 2], {"amount": 1, "source": "x", "source": "y"}]}"#, "income[2].source"),
        (#"{"a": {"b\u0041": 1, "bA": 2}}"#, "a.bA"),
    ])
    func jsonDuplicateKeysCarryTheirPath(_ json: String, _ path: String) throws {
        let error = try #require(CaseParser.parse(json, format: .json, asOf: Fixtures.asOf).diagnostics.first)
        #expect(error.message.hasPrefix("the key '"))
        #expect(error.path == path)
        #expect(error.line == 1)
        #expect(error.description.hasPrefix("\(path) (line 1, column "))
    }

    @Test(arguments: [
        (#"{"debtor": {"name": "A",}}"#, "debtor"),
        (#"{"income": [{"source": "ssi"}, {"amount": x}]}"#, "income[1]"),
        (#"{"id": x}"#, ""),
    ])
    func jsonSyntaxErrorsCarryTheObjectTheyAreIn(_ json: String, _ path: String) throws {
        let error = try #require(CaseParser.parse(json, format: .json, asOf: Fixtures.asOf).diagnostics.first)
        #expect(error.message.hasPrefix("syntax error: "))
        #expect(error.path == path)
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
