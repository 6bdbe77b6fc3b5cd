import CaseModel
import Testing

@Suite struct DiagnosticTests {
    @Test func minimalCaseIsValid() {
        let result = TestCases.parse(TestCases.yaml())
        #expect(result.diagnostics.isEmpty)
        #expect(result.value?.debtor.address.state == .TX)
        #expect(result.value?.actions.isEmpty == true)
    }

    @Test(arguments: [
        ("colector:\n  name: A", "colector: unknown field; did you mean collector?"),
        ("debt:\n  acount_number: 1", "debt.acount_number: unknown field; did you mean debt.account_number?"),
        ("debt:\n  accountNumber: 1", "debt.accountNumber: unknown field; did you mean debt.account_number?"),
        ("debt:\n  balanceClaimed: 1", "debt.balanceClaimed: unknown field; did you mean debt.balance_claimed?"),
        (
            "sale:\n  type: judicial\n  date: 2025-01-02\n  price: 1\n  fmv: 2",
            "sale.fmv: unknown field (known fields here: type, date, price, fair_market_value, costs, deed_delivered_on, confirmed_on, repossessed_on, disposition, disposition_notice_sent_on, disposition_notice_received, buyer, certificate_of_title_on)"
        ),
        (
            "contacts:\n  - date: 2025-01-02\n    methd: phone",
            "contacts[0].methd: unknown field; did you mean contacts[0].method?"
        ),
    ])
    func unknownFieldsSuggestTheNearestKnownKey(_ extra: String, _ expected: String) {
        let result = TestCases.parse(TestCases.yaml(extra))
        #expect(result.diagnostics.map(\.description).contains(expected), "\(result.diagnostics)")
        #expect(result.value == nil)
    }

    @Test func misspeltDebtorFieldIsSuggested() {
        let yaml = TestCases.yaml(debtorExtra: "emial: a@b.co")
        #expect(TestCases.parse(yaml).errors.map(\.description) == ["debtor.emial: unknown field; did you mean debtor.email?"])
    }

    @Test(arguments: [
        ("12345", true), ("02134", true), ("12345-6789", true), ("1234", false), ("123456", false),
        ("12345-678", false), ("ABCDE", false), ("12345 6789", false), ("", false), ("-1234", false),
    ])
    func zipCodes(_ zip: String, _ valid: Bool) {
        #expect(Address.isZIPCode(zip) == valid)
        let result = TestCases.parse(
            row: TestCases.row([
                ("collector.name", "C"), ("collector.address.line1", "1 A St"),
                ("collector.address.city", "Reno"), ("collector.address.state", "NV"), ("collector.address.zip", zip),
            ]))
        if zip.isEmpty {
            #expect(result.errors.map(\.description) == ["collector.address.zip: required field is missing (ZIP code: 12345 or 12345-6789)"])
        } else if valid {
            #expect(result.value?.collector?.address?.zip == zip)
        } else {
            #expect(result.errors.map(\.description) == [#"collector.address.zip: "\#(zip)" is not a ZIP code (expected 5 digits or ZIP+4)"#])
        }
    }

    @Test func unquotedZIPKeepsItsLeadingZero() {
        let yaml = TestCases.yaml().replacingOccurrences(of: "\"78701\"", with: "02134")
        #expect(TestCases.parse(yaml).value?.debtor.address.zip == "02134")
    }

    @Test(
        arguments: [
            (
                "sale:\n  type: judicial\n  date: 2025-01-02\n  price: [1, 2]",
                "sale.price: expected an amount such as 1234.56, found a list"
            ),
            ("collector: just a name", "collector: expected an object with name, found \"just a name\""),
            ("contacts:\n  date: 2025-01-02", "contacts: expected a list, found an object (write each item on its own line starting with '- ')"),
            (
                "judgment:\n  court: X\n  case_number: 1\n  date: 2025/01/02\n  amount: 1",
                "judgment.date: \"2025/01/02\" is not a date (expected YYYY-MM-DD)"
            ),
            ("debt:\n  interest_rate: lots", "debt.interest_rate: expected a percentage such as 9 or 6.875, found \"lots\""),
            ("debt:\n  property_state: Calfornia", "debt.property_state: \"Calfornia\" is not a US state code (did you mean CA (California)?)"),
            ("debt:\n  property_state: ZZ", "debt.property_state: \"ZZ\" is not a US state code (use the two-letter USPS code, such as CA or NY)"),
            (
                "actions:\n  levies:\n    - bank: B\n      balance: 10\n      account_last4: 12",
                "actions.levies[0].account_last4: expected the last four digits of the account (exactly four digits, such as \"0421\")"
            ),
            ("sale:\n  date: 2025-01-02\n  price: 1", "sale.type: required field is missing (how the collateral was sold)"),
            ("language: EN", nil),
            ("debt:\n  acreage: 2.5 acres", "debt.acreage: expected an area in acres such as 2.5, found \"2.5 acres\""),
            ("debt:\n  acreage: 2.5%", "debt.acreage: expected an area in acres such as 2.5, found \"2.5%\""),
            ("debt:\n  dwelling_units: 0", "debt.dwelling_units: expected a whole number of at least 1, found 0"),
            (
                "sale:\n  type: repossession\n  date: 2025-01-02\n  price: 1\n  buyer: the bank",
                "sale.buyer: \"the bank\" is not one of lender, related_party, third_party"
            ),
            (
                "contacts:\n  - date: 2025-01-02\n    method: phone\n    time: 25:00",
                "contacts[0].time: \"25:00\" is not a time of day (write 09:00, 17:30, 9 am or 5:30 p.m.)"
            ),
            (
                "contacts:\n  - date: 2025-01-02\n    method: phone\n    threatened: [jail, lawsuit]",
                "contacts[0].threatened[0]: \"jail\" is not one of lawsuit, wage_garnishment, bank_levy, property_seizure, arrest"
            ),
            (
                "actions:\n  garnishments:\n    - {employer: E, pay_period: weekly, gross_earnings: 5, disposable_earnings: 4, amount_withheld: 1, served_on: soon}",
                "actions.garnishments[0].served_on: \"soon\" is not a date (expected YYYY-MM-DD)"
            ),
            (
                "income:\n  - {source: wages, amount: 5, frequency: weekly, basis: take-home}",
                "income[0].basis: \"take-home\" is not one of gross, net"
            ),
            (
                "debt:\n  acreage: 40\n  texas_home_equity: true\n  refinanced_on: 2014-02-03\n  refinance_new_money: 0\nsale:\n  type: judicial\n  date: 2025-01-02\n  price: 1\n  disposition: public\n  buyer: related party\n  certificate_of_title_on: 2025-01-20",
                nil
            ),
        ] as [(String, String?)])
    func wrongValuesAreReportedAtTheirPath(_ extra: String, _ expected: String?) {
        let result = TestCases.parse(TestCases.yaml(extra))
        #expect(result.errors.map(\.description) == (expected.map { [$0] } ?? []))
    }

    @Test func ssnErrorsNeverEchoTheValue() {
        let result = TestCases.parse(TestCases.yaml(debtorExtra: "ssn: 123-45-678"))
        #expect(
            result.errors.map(\.description) == ["debtor.ssn: not a Social Security number (write the full number (###-##-####) or only the last four digits)"])
    }

    @Test func everyProblemIsReportedAtOnce() {
        let yaml = """
            id: ""
            debtor:
              address:
                line1: 1 Main
                state: XX
                zip: 1
            """
        #expect(
            TestCases.parse(yaml).errors.map(\.path) == [
                "id", "debtor.name", "debtor.address.city", "debtor.address.state", "debtor.address.zip",
            ])
    }

    @Test func rootMustBeAnObject() {
        #expect(TestCases.parse("- a\n- b\n").errors.map(\.description) == ["expected an object with id, debtor, found a list"])
    }

    @Test func descriptionJoinsPathMessageAndHint() {
        #expect(CaseDiagnostic.error("a.b", "bad", hint: "fix it").description == "a.b: bad (fix it)")
        #expect(CaseDiagnostic.warning("a", "odd").description == "a: odd")
        #expect(
            CaseDiagnostic(path: "", severity: .error, message: "syntax", line: 3, column: 7).description
                == "line 3, column 7: syntax")
    }
}
