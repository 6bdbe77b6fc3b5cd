import CaseModel
import Testing

@Suite struct DottedPathTests {
    @Test func aCSVRowBuildsTheSameCaseAsYAML() throws {
        let fromYAML = try #require(
            TestCases.parse(
                TestCases.yaml(
                    """
                    debt:
                      balance_claimed: 2500.75
                      disputed: true
                      dispute_reasons:
                        - Not mine
                    income:
                      - source: ssi
                        amount: 943
                        frequency: monthly
                      - source: wages
                        amount: 400.00
                        frequency: weekly
                    actions:
                      levies:
                        - bank: First Bank
                          balance: 1200
                          deposits:
                            - date: 2026-10-01
                              amount: 943
                              source: ssi
                              direct_deposit: true
                    """, debtorExtra: "household_size: 2")
            ).value)
        let row = TestCases.row([
            ("debtor.household_size", "2"), ("debt.balance_claimed", "$2,500.75"), ("debt.disputed", "yes"),
            ("debt.dispute_reasons[0]", "Not mine"), ("debt.dispute_reasons[1]", ""),
            ("income[0].source", "SSI"), ("income[0].amount", "943"), ("income[0].frequency", "monthly"),
            ("income[1].source", "wages"), ("income[1].amount", "400.00"), ("income[1].frequency", "Weekly"),
            ("income[2].source", ""), ("income[2].amount", ""),
            ("actions.levies[0].bank", "First Bank"), ("actions.levies[0].balance", "1200"),
            ("actions.levies[0].deposits[0].date", "2026-10-01"), ("actions.levies[0].deposits[0].amount", "943"),
            ("actions.levies[0].deposits[0].source", "ssi"), ("actions.levies[0].deposits[0].direct_deposit", "TRUE"),
            ("notes", "  "),
        ])
        let fromCSV = TestCases.parse(row: row)
        #expect(fromCSV.diagnostics.isEmpty)
        #expect(fromCSV.value == fromYAML)
    }

    @Test func theTreeKeepsColumnOrderAndNesting() throws {
        let node = try CaseNode(dottedPaths: [("a.b", "1"), ("a.c[0].d", "x"), ("a.c[1].d", "y"), ("e", "2")])
        #expect(
            node
                == .mapping([
                    .init(
                        "a",
                        .mapping([
                            .init("b", .string("1")),
                            .init("c", .sequence([.mapping([.init("d", .string("x"))]), .mapping([.init("d", .string("y"))])])),
                        ])),
                    .init("e", .string("2")),
                ]))
    }

    @Test(arguments: [
        ([("income[1].source", "ssi")], ["income[0]"]),
        ([("debtor.name", "A"), ("debtor.name.first", "B")], ["debtor.name.first"]),
        ([("debtor.name", "A"), ("debtor.name", "B")], ["debtor.name"]),
        (
            [("debtor..name", "A"), ("income[x].source", "B"), ("income[0", "C"), ("", "D")],
            ["debtor..name", "income[x].source", "income[0", ""]
        ),
    ])
    func badPathsAreAllReported(_ row: [(String, String)], _ paths: [String]) {
        #expect(throws: CaseNode.DottedPathError.self) { try CaseNode(dottedPaths: row) }
        let result = CaseParser.parse(dottedPaths: row, asOf: Fixtures.asOf)
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.path) == paths)
    }

    @Test func valuesFromCSVAreCheckedLikeAnyOther() {
        let result = TestCases.parse(
            row: TestCases.row([
                ("debt.disputed", "perhaps"), ("debt.balance_claimed", "12,34.5.6"), ("debtor.household_size", "two"),
                ("income[0].source", "wagez"), ("income[0].amount", "10"), ("income[0].frequency", "monthly"),
            ]))
        #expect(
            result.errors.map(\.description) == [
                "debtor.household_size: expected a whole number of at least 1, found \"two\"",
                "debt.balance_claimed: expected an amount such as 1234.56, found \"12,34.5.6\"",
                "debt.disputed: expected true or false, found \"perhaps\"",
                "income[0].source: \"wagez\" is not one of wages, social_security, ssi, va, federal_pension, state_pension, private_pension, railroad_retirement, unemployment, child_support, public_assistance, other (did you mean wages?)",
            ])
    }
}
