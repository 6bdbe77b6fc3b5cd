import CaseModel
import Testing

@Suite struct WarningTests {
    @Test(arguments: [
        (
            "debt:\n  balance_claimed: 1000\nsale:\n  type: judicial\n  date: 2025-01-02\n  price: 1500",
            "sale.price: the sale price $1,500.00 is more than the balance claimed $1,000.00 (if the balance claimed is what the collector says remains after the sale, give the debt before the sale as debt.principal and debt.interest; if it is the debt before the sale, the sale left a surplus)"
        ),
        (
            "sale:\n  type: repossession\n  date: 2027-01-02\n  price: 1",
            "sale.date: the sale date 2027-01-02 is after 2026-11-27, the date the case is being checked (check the year)"
        ),
        (
            "validation_notice_received: 2026-01-01\ncontacts:\n  - date: 2026-02-01\n    method: phone\n  - date: 2026-03-01\n    method: letter",
            "validation_notice_received: the validation notice (2026-01-01) arrived before the first contact (2026-02-01) (the notice usually comes with or after the first contact; add that contact)"
        ),
        ("debt:\n  interest: -12.50", "debt.interest: negative amount -$12.50 (amounts are normally positive)"),
        (
            "assets:\n  - kind: bank_account\n    description: Checking\n    account_last4: 0012345678",
            "assets[0].account_last4: more than four digits given; only the last four are kept (keep full account numbers out of case files)"
        ),
        (
            "contacts:\n  - date: 2026-02-01\n    method: phone\n    by: colector",
            "contacts[0].by: \"colector\" is not a party of the case; did you mean collector?"
        ),
        (
            "contacts:\n  - date: 2026-02-01\n    method: phone\n    by: collector",
            "contacts[0].by: refers to collector, but the case has no collector"
        ),
        (
            "actions:\n  garnishments:\n    - employer: E\n      pay_period: weekly\n      gross_earnings: 500\n      disposable_earnings: 400\n      amount_withheld: 450",
            "actions.garnishments[0].amount_withheld: more is withheld than the disposable earnings"
        ),
        (
            "debt:\n  loan_type: vehicle\nsale:\n  type: nonjudicial\n  date: 2025-01-02\n  price: 1",
            "sale.type: a nonjudicial foreclosure for a vehicle loan (vehicles are repossessed and sold: use repossession)"
        ),
        (
            "debt:\n  loan_type: refinance\nsale:\n  type: judicial\n  date: 2025-01-02\n  price: 1",
            "debt.property_state: missing; the deficiency rules depend on the property's state"
        ),
    ])
    func suspiciousDataIsAWarning(_ extra: String, _ expected: String) {
        let result = TestCases.parse(TestCases.yaml(extra))
        #expect(result.errors.isEmpty)
        #expect(result.value != nil, "a case with only warnings is usable")
        #expect(result.warnings.map(\.description) == [expected])
    }

    @Test func theSameFactsAreFineInThePast() {
        let yaml = TestCases.yaml("sale:\n  type: repossession\n  date: 2026-11-27\n  price: 1")
        #expect(TestCases.parse(yaml).diagnostics.isEmpty)
    }

    @Test func depositAfterTheFreezeIsFlagged() {
        let yaml = TestCases.yaml(
            """
            actions:
              levies:
                - bank: B
                  balance: 10
                  frozen_on: 2026-05-01
                  deposits:
                    - {date: 2026-04-03, amount: 900, source: ssi, direct_deposit: true}
                    - {date: 2026-05-03, amount: 900, source: ssi, direct_deposit: true}
            """)
        let result = TestCases.parse(yaml)
        #expect(result.warnings.map(\.path) == ["actions.levies[0].deposits[1].date"])
        #expect(result.value?.actions.levies.first?.deposits.first?.source == .ssi)
    }
}
