import CaseModel

/// Small case files built in code, for tests that change one thing at a time.
enum TestCases {
    /// The smallest valid case, in YAML, followed by `extra` top-level lines.
    static func yaml(_ extra: String = "", debtorExtra: String = "") -> String {
        """
        id: t-1
        debtor:
          name: Test Person
          address:
            line1: 1 Main Street
            city: Austin
            state: TX
            zip: "78701"
        \(debtorExtra.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        \(extra)
        """
    }

    /// The smallest valid case as CSV-style pairs, followed by `extra`.
    static func row(_ extra: [(String, String)] = []) -> [(String, String)] {
        [
            ("id", "t-1"), ("debtor.name", "Test Person"), ("debtor.address.line1", "1 Main Street"),
            ("debtor.address.city", "Austin"), ("debtor.address.state", "TX"), ("debtor.address.zip", "78701"),
        ] + extra
    }

    /// Parses YAML text as of the fixtures' date.
    static func parse(_ yaml: String) -> CaseParseResult {
        CaseParser.parse(yaml, format: .yaml, asOf: Fixtures.asOf)
    }

    /// Parses a row as of the fixtures' date.
    static func parse(row: [(String, String)]) -> CaseParseResult {
        CaseParser.parse(dottedPaths: row, asOf: Fixtures.asOf)
    }
}
