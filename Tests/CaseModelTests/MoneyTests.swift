import CaseModel
import Testing

@Suite struct MoneyTests {
    @Test(arguments: [
        ("1234.56", 123_456), ("$1,234.56", 123_456), ("1234", 123_400), ("-12.5", -1_250), ("0.07", 7),
        ("-$3.00", -300), (" 42.10 ", 4_210), ("1,000,000", 100_000_000),
    ])
    func parsesExactCents(_ text: String, _ cents: Int) {
        #expect(Money(parsing: text) == Money(cents: cents))
    }

    @Test(arguments: ["abc", "1.234", "", "$", "1.", ".5", "1e3", "12.3.4", "--1", "99999999999999999999"])
    func rejectsAnythingElse(_ text: String) {
        #expect(Money(parsing: text) == nil)
    }

    @Test(arguments: [(123_456, "$1,234.56"), (5, "$0.05"), (-100_000, "-$1,000.00"), (0, "$0.00"), (99_999_999, "$999,999.99")])
    func printsUSStyle(_ cents: Int, _ text: String) {
        #expect(Money(cents: cents).description == text)
    }

    @Test func arithmeticIsExact() {
        // 0.1 + 0.2 in floating point is 0.30000000000000004; in cents it is 30.
        #expect(Money(parsing: "0.10")! + Money(parsing: "0.20")! == Money(cents: 30))
        #expect(Money(dollars: 200_000) - Money(dollars: 180_000) == Money(dollars: 20_000))
        var total = Money.zero
        for _ in 0..<1000 { total += Money(cents: 1) }
        #expect(total == Money(dollars: 10))
        #expect(-Money(cents: 5) < .zero)
    }

    @Test(arguments: [("1234.56", 123_456), ("19.99", 1_999), ("0.1", 10), ("1e2", nil), ("2.675", nil)] as [(String, Int?)])
    func yamlNumbersAreReadFromTheirText(_ literal: String, _ cents: Int?) {
        let result = TestCases.parse(TestCases.yaml("debt:\n  balance_claimed: \(literal)"))
        #expect(result.value?.debt?.balanceClaimed?.cents == cents)
    }
}
