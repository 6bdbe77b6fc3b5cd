import DocumentTree
import Templating
import Testing

/// `reflow`, `time` and `days`: the filters that reword a typed value for the reader.
@Suite struct TextFilterTests {
    static let cases: [(tag: String, value: TemplateValue, language: String, expected: String)] = [
        ("v | reflow", "the first she heard of the\njudgment was the bank's notice.\n", "en", "the first she heard of the judgment was the bank's notice."),
        ("v | reflow", "  one\n\n  two  ", "en", "one two"),
        ("v | time", "3:00 p.m.", "en", "3:00 p.m."),
        ("v | time", "3:00 p.m.", "es", "3:00 p. m."),
        ("v | time", "17:30", "es", "5:30 p. m."),
        ("v | time", "9 am", "en", "9:00 a.m."),
        ("v | time", "00:05", "en", "12:05 a.m."),
        ("v | time", "12:00 p.m.", "es", "12:00 p. m."),
        ("v | time", "after lunch", "es", "after lunch"),
        ("v | time", "25:00", "en", "25:00"),
        ("v | days", 12, "en", "12 days left"),
        ("v | days", -446, "en", "446 days ago"),
        ("v | days", -1_446, "en", "1,446 days ago"),
        ("v | days", 1, "en", "1 day left"),
        ("v | days", 0, "en", "today"),
        ("v | days", -421, "es", "hace 421 días"),
        ("v | days", 3, "es", "quedan 3 días"),
        ("v | days", 1, "es", "queda 1 día"),
        ("v | days", 0, "es", "hoy"),
    ]

    @Test(arguments: cases)
    func filter(tag: String, value: TemplateValue, language: String, expected: String) throws {
        #expect(try render("{{ \(tag) }}", ["v": value], language: language) == [para(.text(expected))])
    }

    @Test func reflowedTextHasNoLineBreak() throws {
        // Without reflow, a line end inside a value is a line break in the paragraph.
        #expect(try render("{{ v }}", ["v": "a\nb"]) == [para(.text("a"), .lineBreak, .text("b"))])
        #expect(try render("{{ v | reflow }}", ["v": "a\nb"]) == [para(.text("a b"))])
    }

    @Test(arguments: [
        ("{{ v | days }}", "filter 'days' needs a whole number of days, but the value is text"),
        ("{{ n | reflow }}", "filter 'reflow' needs text, but the value is a number"),
        ("{{ n | time }}", "filter 'time' needs a time (9:00 a.m. or 17:30), but the value is a number"),
    ])
    func wrongKindIsARenderError(body: String, message: String) throws {
        let problems = try renderProblems(body, ["v": "soon", "n": 3])
        #expect(problems.map(\.message) == [message])
    }
}
