import DocumentTree
import Templating
import Testing

@Suite struct FilterTests {
    static let cases: [(tag: String, value: TemplateValue, language: String, expected: String)] = [
        ("v | money", .money(cents: 123_456), "en", "$1,234.56"),
        ("v | money", .money(cents: -500), "en", "-$5.00"),
        ("v | money", .money(cents: 7), "en", "$0.07"),
        ("v | money", 100_000_000, "en", "$1,000,000.00"),
        ("v | money", .money(cents: -123_456_789), "en", "-$1,234,567.89"),
        ("v | money", .money(cents: Int.min), "en", "-$92,233,720,368,547,758.08"),
        ("v | money", .money(cents: 0), "en", "$0.00"),
        ("v | date", .date(year: 2026, month: 11, day: 27), "en", "November 27, 2026"),
        ("v | date", .date(year: 2026, month: 11, day: 27), "es", "27 de noviembre de 2026"),
        ("v | date: \"short\"", .date(year: 2026, month: 11, day: 27), "en", "11/27/2026"),
        ("v | date: \"short\"", .date(year: 2026, month: 1, day: 5), "es", "05/01/2026"),
        ("v | date: \"iso\"", .date(year: 2026, month: 1, day: 5), "en", "2026-01-05"),
        ("v | date", "2026-03-09", "en", "March 9, 2026"),
        ("v | last4", "1234-5678 9012 3456", "en", "****3456"),
        ("v | last4", "AB12", "en", "****AB12"),
        ("v | last4", 12_345_678, "en", "****5678"),
        ("v | last4", "12", "en", "****12"),
        ("v | last4", "ÅB-12é4", "en", "****12é4"),
        ("v | upper", "o'brien", "en", "O'BRIEN"),
        ("v | lower", "ACME", "en", "acme"),
        ("v | default: \"none\"", .null, "en", "none"),
        ("v | default: \"none\"", "", "en", "none"),
        ("missing | default: \"none\"", .null, "en", "none"),
        ("v | default: \"none\"", "kept", "en", "kept"),
        ("v | plural: \"day\", \"days\"", 1, "en", "1 day"),
        ("v | plural: \"day\", \"days\"", 0, "en", "0 days"),
        ("v | plural: \"day\", \"days\"", 30, "en", "30 days"),
        ("v | plural: \"item\", \"items\"", ["a", "b"], "en", "2 items"),
        ("v | count", ["a", "b", "c"], "en", "3"),
        ("v | join", ["a", "b", "c"], "en", "a, b, c"),
        ("v | join: \" / \"", ["a", 2, true], "en", "a / 2 / yes"),
        ("v | number", 1_234_567, "en", "1,234,567"),
        ("v | number", -1_000, "en", "-1,000"),
        ("v | number", 0, "en", "0"),
        ("v | number", 999, "en", "999"),
        ("v | number", .int(Int.min), "en", "-9,223,372,036,854,775,808"),
        ("v", 12, "en", "12"),
        ("v", true, "en", "yes"),
        ("v", true, "es", "sí"),
        ("v", false, "es", "no"),
        ("v", .money(cents: 250_000), "en", "$2,500.00"),
        ("v", .date(year: 2027, month: 2, day: 1), "en", "February 1, 2027"),
        ("v | default: \"n/a\" | upper", .null, "en", "N/A"),
        ("v | upper | default: \"x\"", "abc", "en", "ABC"),
    ]

    @Test(arguments: cases)
    func filter(tag: String, value: TemplateValue, language: String, expected: String) throws {
        #expect(try render("{{ \(tag) }}", ["v": value], language: language) == [para(.text(expected))])
    }

    @Test func linesFilterBreaksLines() throws {
        #expect(
            try render("{{ v | lines }}", ["v": ["1 Main St", "Springfield, IL 62701"]]) == [
                para(.text("1 Main St"), .lineBreak, .text("Springfield, IL 62701"))
            ])
    }

    @Test(arguments: [
        ("{{ v | money }}", "filter 'money' needs money or a number of cents, but the value is text"),
        ("{{ v | number }}", "filter 'number' needs a whole number, but the value is text"),
        ("{{ v | date }}", "filter 'date' needs a date (YYYY-MM-DD), but the value is text"),
        ("{{ m }}", "'m': the value is a map; print one of its fields instead"),
    ])
    func wrongKindIsARenderError(body: String, message: String) throws {
        let problems = try renderProblems(body, ["v": "abc", "m": ["a": 1]])
        #expect(problems.map(\.message) == [message])
    }

    @Test(arguments: [
        ("{{ v | date: \"medium\" }}", "the date style must be \"long\", \"short\" or \"iso\""),
        ("{{ v | upper: \"x\" }}", "filter 'upper' takes 0 arguments, not 1 (write {{ value | upper }})"),
        ("{{ v | default }}", "filter 'default' takes 1 argument, not 0 (write {{ value | default: \"text\" }})"),
        ("{{ v | join: 3 }}", "the arguments of 'join' must be quoted text (write {{ value | join or join: \", \" }})"),
        ("{{ v | lats4 }}", "unknown filter 'lats4' (did you mean 'last4'?)"),
    ])
    func badFilterUseIsACompileError(body: String, message: String) {
        #expect(diagnostics(body).map(\.message) == [message])
    }
}
