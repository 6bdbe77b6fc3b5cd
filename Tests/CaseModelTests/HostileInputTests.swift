@testable import CaseModel
import Foundation
import Testing

/// Input meant to crash, exhaust or mislead: every one must end in a diagnostic, never a trap.
@Suite struct HostileInputTests {
    // MARK: Amounts

    @Test(arguments: [
        "92233720368547758.99", "50000000000000000", "1000000000000.01", "-1000000000000.01",
        "$99,999,999,999,999,999,999",
    ])
    func amountsBeyondTheLimitAreTooLarge(_ amount: String) {
        let result = TestCases.parse(TestCases.yaml("debt:\n  principal: \"\(amount)\"\n  interest: \"\(amount)\""))
        #expect(result.value == nil)
        let errors = result.errors.map(\.description)
        #expect(errors.contains { $0.hasPrefix("debt.principal: \"\(amount)\" is too large") })
        #expect(errors.contains { $0.hasPrefix("debt.interest: ") })
    }

    @Test func theLimitItselfIsAccepted() {
        let result = TestCases.parse(TestCases.yaml("debt:\n  principal: 1000000000000.00\n  interest: 1000000000000"))
        #expect(result.errors.isEmpty)
        #expect(result.value?.debt?.principal == Money.limit)
    }

    @Test func parsingReportsOverflowInsteadOfTrapping() {
        #expect(Money(parsing: "92233720368547758.99") == nil)
        #expect(Money(parsing: "92233720368547758.07") == Money(cents: .max))
        #expect(Money.isWellFormed("92233720368547758.99"))
        #expect(!Money.isWellFormed("12.345"))
    }

    @Test func arithmeticSaturates() {
        let top = Money(cents: .max), bottom = Money(cents: .min)
        #expect(top + Money(cents: 1) == top)
        #expect(bottom - Money(cents: 1) == bottom)
        #expect(-bottom == top)
        var sum = top
        sum += top
        #expect(sum == top)
        #expect(top.multiplied(by: 52) == top)
        #expect(top.multiplied(by: -2) == bottom)
        #expect(Money(cents: 150).multiplied(by: 12) == Money(cents: 1800))
        #expect(Money(dollars: .max) == top)
        #expect(IncomeItem(source: .wages, amount: top, frequency: .weekly).annualAmount == top)
    }

    // MARK: Dates

    @Test(arguments: ["0001-01-15", "1899-12-31", "2200-01-01", "9999-12-31"])
    func yearsOutsideTheSupportedRangeAreErrors(_ date: String) {
        let result = TestCases.parse(TestCases.yaml("validation_notice_received: \(date)"))
        #expect(result.value == nil)
        #expect(
            result.errors.map(\.description) == [
                "validation_notice_received: \(date) is out of range (years from 1900 to 2199; check the year)"
            ])
    }

    @Test func monthArithmeticIsTotal() {
        let early = CalendarDate(year: 1, month: 1, day: 31)!
        #expect(early.adding(months: -2).description == "0000-11-30")
        #expect(early.adding(months: -13) == CalendarDate(daysSinceEpoch: early.adding(months: -13).daysSinceEpoch))
        #expect(CalendarDate(year: 2026, month: 1, day: 31)!.adding(months: -1) == CalendarDate(year: 2025, month: 12, day: 31))
        #expect(CalendarDate(year: 2024, month: 3, day: 31)!.adding(months: -1) == CalendarDate(year: 2024, month: 2, day: 29))
    }

    // MARK: YAML

    @Test func aliasBombIsRefusedBeforeExpanding() {
        var lines = ["a: &a [x,x,x,x,x,x,x,x,x,x]"]
        for (i, name) in "bcdefghij".enumerated() {
            let previous = i == 0 ? "a" : String(Array("bcdefghij")[i - 1])
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ",") + "]")
        }
        let clock = ContinuousClock()
        let start = clock.now
        let result = TestCases.parse(lines.joined(separator: "\n"))
        #expect(clock.now - start < .seconds(2))
        #expect(result.value == nil)
        #expect(
            result.errors.map(\.description) == [
                "line 1, column 4: anchors and aliases (&a) are not supported in case files; write the values out"
            ])
    }

    @Test func aliasUsedAsAKeyIsRefusedBeforeComposing() {
        // Yams hashes keys while composing; an alias key to a nested anchor costs exponential time there.
        var lines = ["a: &a [x,x,x,x,x,x,x,x,x,x]"]
        let names = Array("abcdefghij")
        for i in 1..<names.count {
            lines.append("\(names[i]): &\(names[i]) [" + Array(repeating: "*\(names[i - 1])", count: 10).joined(separator: ",") + "]")
        }
        lines += ["? *j", ": 1", "? *j", ": 2"]
        let clock = ContinuousClock()
        let start = clock.now
        let result = TestCases.parse(lines.joined(separator: "\n"))
        #expect(clock.now - start < .seconds(2))
        #expect(
            result.errors.map(\.description) == [
                "line 1, column 4: anchors and aliases (&a) are not supported in case files; write the values out"
            ])
        #expect(CaseNode.firstAnchorOrAlias(in: "? *j\n: 1")?.marker == "*j")
    }

    @Test func ampersandsAndAsterisksInTextAreNotAliases() {
        let notes = """
            notes: |
              * call the court & the clerk
              *ask* about &fees
            debtor:
              employer: Smith & Jones, a * b
              phone: "*67 &"
              preferred_language: '&x *y' # *not an alias
            """
        #expect(CaseNode.firstAnchorOrAlias(in: notes) == nil)
        #expect(CaseNode.firstAnchorOrAlias(in: "list: [a, *b]")?.marker == "*b")
        #expect(CaseNode.firstAnchorOrAlias(in: "- &x a")?.column == 3)
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        let result = TestCases.parse("id: t-1\nnotes: " + deep)
        #expect(result.errors.map(\.message).contains { $0.hasPrefix("nested too deeply") })
    }

    // MARK: Case ids

    @Test(arguments: [
        ("../../escaped", "it contains a path separator"),
        ("a/b", "it contains a path separator"),
        (#"a\\b"#, "it contains a path separator"),
        ("..", "it starts with a dot"),
        (".hidden", "it starts with a dot"),
        (#"a\u0007b"#, "it contains a control character"),
    ])
    func unsafeCaseIDsAreErrors(_ id: String, _ problem: String) {
        let yaml = TestCases.yaml().replacingOccurrences(of: "id: t-1", with: "id: \(id.hasPrefix("\"") ? id : "\"\(id)\"")")
        let result = TestCases.parse(yaml)
        #expect(result.value == nil)
        let error = result.errors.first { $0.path == "id" }
        #expect(error?.message.hasSuffix(problem) == true)
        #expect(error?.hint?.contains("names the output folder") == true)
    }

    @Test func blankCaseIDIsMissing() {
        let result = TestCases.parse(TestCases.yaml().replacingOccurrences(of: "id: t-1", with: "id: \"  \""))
        #expect(result.errors.map(\.path) == ["id"])
        #expect(CaseDecoder.folderNameProblem("") == "it is empty")
    }

    @Test func csvRowsCheckTheIDToo() {
        let result = TestCases.parse(row: [("id", "../x")] + TestCases.row().dropFirst())
        #expect(result.errors.map(\.path) == ["id"])
    }

    // MARK: Terminal escapes

    @Test func controlCharactersInValuesAreShownEscaped() {
        let result = TestCases.parse(TestCases.yaml("language: \"\\e[31mred\\e[0m\\u202E\""))
        let text = result.diagnostics.map(\.description).joined(separator: "\n")
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(text.contains(#"\u{1B}[31mred\u{1B}[0m\u{202E}"#))
    }

    @Test func controlCharactersInKeysAreShownEscaped() {
        let result = TestCases.parse(TestCases.yaml("\"bad\\ekey\": 1"))
        let text = result.diagnostics.map(\.description).joined(separator: "\n")
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(text.contains(#"bad\u{1B}key"#))
    }

    // MARK: Suggestions

    @Test func aHugeWordGetsNoSuggestionAndCostsNothing() {
        // Was a full edit-distance table per candidate: minutes for a 15 MB value.
        let huge = String(repeating: "texas", count: 400_000)
        #expect(Suggestion.closest(to: huge, in: Jurisdiction.allCases.map(\.rawValue)) == nil)
        #expect(Suggestion.closest(to: "name", in: [huge, "nmae"]) == "nmae")
    }

    @Test func equallyCloseSuggestionsAreChosenByName() {
        #expect(Suggestion.closest(to: "cab", in: ["cob", "cat"]) == "cat")
        #expect(Suggestion.closest(to: "cab", in: ["cat", "cob"]) == "cat")
    }
}
