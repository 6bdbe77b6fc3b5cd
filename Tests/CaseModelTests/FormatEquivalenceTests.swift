import CaseModel
import Testing

@Suite struct FormatEquivalenceTests {
    static let yaml = """
        id: eq-1
        debtor:
          name: "Renée O'Brien & <Sons>"
          address: {line1: 10 Elm St, line2: "Unit \\"B\\"", city: Boston, state: MA, zip: "02134"}
        collector:
          name: Acme / Collections
        debt:
          account_number: "0042"
          balance_claimed: 1500.5
          disputed: true
          dispute_reasons: ["Not mine\\tat all", "Paid in 2019 — receipt attached 😀"]
        contacts:
          - {date: 2026-01-05, method: in_person, by: Someone Else, summary: "Line one\\nline two"}
        notes: "Backslash \\\\ and slash /"
        """

    static let json = """
        {
        \t"id": "eq-1",
        \t"debtor": {
        \t\t"name": "Ren\\u00e9e O'Brien \\u0026 <Sons>",
        \t\t"address": {"line1":"10 Elm St","line2":"Unit \\"B\\"","city":"Boston","state":"MA","zip":"02134"}
        \t},
        \t"collector": {"name": "Acme \\/ Collections"},
        \t"debt": {"account_number": "0042", "balance_claimed": 1500.50, "disputed": true,
        \t         "dispute_reasons": ["Not mine\\tat all", "Paid in 2019 \\u2014 receipt attached \\ud83d\\ude00"]},
        \t"contacts": [{"date": "2026-01-05", "method": "in_person", "by": "Someone Else", "summary": "Line one\\nline two"}],
        \t"notes": "Backslash \\\\ and slash \\/"
        }
        """

    @Test func jsonAndYAMLOfTheSameCaseGiveEqualModels() throws {
        let fromYAML = CaseParser.parse(Self.yaml, format: .yaml, asOf: Fixtures.asOf)
        let fromJSON = CaseParser.parse(Self.json, format: .json, asOf: Fixtures.asOf)
        #expect(fromYAML.diagnostics.isEmpty)
        #expect(fromJSON.diagnostics.isEmpty)
        let c = try #require(fromJSON.value)
        #expect(fromYAML.value == c)
        #expect(c.debtor.name == "Renée O'Brien & <Sons>")
        #expect(c.debtor.address.line2 == "Unit \"B\"")
        #expect(c.collector?.name == "Acme / Collections")
        #expect(c.debt?.disputeReasons == ["Not mine\tat all", "Paid in 2019 — receipt attached 😀"])
        #expect(c.contacts.first?.summary == "Line one\nline two")
        #expect(c.contacts.first?.by == .named("Someone Else"))
        #expect(c.notes == "Backslash \\ and slash /")
        #expect(c.debt?.balanceClaimed == Money(cents: 150_050))
        #expect(c.debtor.address.zip == "02134")
    }

    @Test(arguments: Fixtures.validSamples)
    func everySampleAsJSONEqualsItsYAML(_ path: String) throws {
        let fromYAML = try #require(try Fixtures.parseSample(path).value)
        let json = try Fixtures.json(fromYAML)
        #expect(CaseParser.parse(json, format: .json, asOf: Fixtures.asOf).value == fromYAML)
    }

    @Test func aByteOrderMarkIsIgnored() {
        let json =
            "\u{FEFF}{\"id\": \"b\", \"debtor\": {\"name\": \"N\", \"address\": {\"line1\": \"1 A\", \"city\": \"C\", \"state\": \"OH\", \"zip\": \"43004\"}}}"
        #expect(CaseParser.parse(json, format: .json, asOf: Fixtures.asOf).value?.id == "b")
    }

    @Test func formatFollowsTheFileExtension() {
        #expect(CaseFileFormat(fileName: "a/b/Case.JSON") == .json)
        #expect(CaseFileFormat(fileName: "case.yml") == .yaml)
    }
}
