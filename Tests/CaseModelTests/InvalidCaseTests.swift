import CaseModel
import Testing

@Suite struct InvalidCaseTests {
    @Test func invalidSampleReportsEveryErrorWithItsPath() throws {
        let result = try Fixtures.parseSample("samples/invalid.yaml")
        #expect(result.value == nil)
        #expect(
            result.errors.map(\.path) == [
                "language",
                "debtor.nmae",
                "debtor.name",
                "debtor.address.zip",
                "debtor.household_size",
                "collector.address.zip",
                "collector.email",
                "debt.loan_type",
                "debt.disputed",
                "sale.type",
                "sale.date",
                "sale.price",
                "contacts[1].date",
                "income[0].amount",
                "income[1].source",
            ])
    }

    @Test func invalidSampleMessagesReadAsDocumented() throws {
        let text = try Fixtures.parseSample("samples/invalid.yaml").diagnostics.map(\.description)
        for expected in [
            #"collector.address.zip: "9021" is not a ZIP code (expected 5 digits or ZIP+4)"#,
            "debtor.nmae: unknown field; did you mean debtor.name?",
            #"sale.price: expected an amount such as 1234.56, found "abc""#,
            #"sale.date: "2026-02-30" is not a date (expected YYYY-MM-DD)"#,
            #"sale.type: "judical" is not one of judicial, nonjudicial, repossession (did you mean judicial?)"#,
            "income[0].amount: expected an amount such as 1234.56, found 1200.555 (amounts have at most two decimal places)",
        ] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        let pension = try #require(text.first { $0.hasPrefix("income[1].source") })
        #expect(pension.hasSuffix("(did you mean one of federal_pension, state_pension, private_pension?)"))
    }
}
