import Testing
@testable import Templating

/// The single-tag API used by Word templates: same language, same formatting, same errors.
struct StandaloneTagTests {
    let context: TemplateValue = [
        "debtor": ["name": "Zoë O'Brien", "phone": "", "address": ["lines": ["1 Main St", "Austin, TX 78701"]]],
        "debt": ["balance": .money(cents: 921_467), "disputed": true, "reasons": ["a", "b", "c"]],
        "today": .date(year: 2026, month: 11, day: 27),
    ]
    let origin = TemplateDiagnostic.Location(file: "word/document.xml", line: 4, column: 6)

    func tag(_ text: String) throws -> StandaloneTag {
        try StandaloneTag(parsing: text, at: origin, sourceLine: "Dear {{" + text + "}}")
    }

    @Test(arguments: [
        ("debtor.name | upper", "ZOË O'BRIEN"),
        ("debt.balance | money", "$9,214.67"),
        ("today | date", "November 27, 2026"),
        ("debtor.phone | default: \"none\"", "none"),
        ("debtor.fax | default: \"none\"", "none"),
        ("debt.reasons | count", "3"),
        ("debtor.address.lines | lines", "1 Main St\nAustin, TX 78701"),
        ("! a comment", ""),
    ])
    func valuesPrintAsInMarkdownTemplates(text: String, expected: String) throws {
        #expect(try TagScope(context: context).text(of: tag(text)) == expected)
    }

    @Test func spanishDates() throws {
        #expect(try TagScope(context: context, languageCode: "es").text(of: tag("today | date")) == "27 de noviembre de 2026")
    }

    @Test func roles() throws {
        #expect(try tag("debtor.name").role == .value)
        #expect(try tag("#if debt.disputed and not debtor.phone").role == .open(.if))
        #expect(try tag("#each debt.reasons").role == .open(.each))
        #expect(try tag("else").role == .otherwise(conditional: false))
        #expect(try tag("else if x > $5.00").role == .otherwise(conditional: true))
        #expect(try tag("/unless").role == .close(.unless))
        #expect(try tag("> signature").role == .partial("signature"))
    }

    @Test func conditions() throws {
        let scope = TagScope(context: context)
        #expect(scope.isTrue(try tag("#if debt.disputed")))
        #expect(!scope.isTrue(try tag("#unless debt.disputed")))
        #expect(scope.isTrue(try tag("else if debt.balance > $500.00")))
        #expect(!scope.isTrue(try tag("#if missing.path")))
    }

    @Test func loopScopes() throws {
        let scope = TagScope(context: context)
        let items = try scope.items(of: tag("#each debt.reasons"))
        #expect(items == ["a", "b", "c"])
        let last = scope.entering(item: items[2], index: 2, count: 3)
        #expect(try last.text(of: tag("this | upper")) == "C")
        #expect(try last.text(of: tag("@number")) == "3")
        #expect(last.isTrue(try tag("#if @last")))
        #expect(try last.text(of: tag("debtor.name")) == "Zoë O'Brien")
    }

    @Test func missingValueIsAnErrorAtTheTag() throws {
        #expect {
            try TagScope(context: context).text(of: tag("debtor.nmae"))
        } throws: { error in
            let diagnostic = error as! TemplateDiagnostic
            return diagnostic.location == origin && diagnostic.message.contains("did you mean 'debtor.name'")
        }
    }

    @Test func draftPrintsPlaceholders() throws {
        #expect(try TagScope(context: context, options: .init(draft: true)).text(of: tag("collector.address")) == "[COLLECTOR ADDRESS]")
    }

    @Test func eachOverANonListIsAnError() throws {
        #expect(throws: TemplateDiagnostic.self) { try TagScope(context: context).items(of: tag("#each debtor.name")) }
    }

    @Test func syntaxErrorPointsIntoTheTag() {
        #expect {
            try tag("debtor.name | mony")
        } throws: { error in
            let diagnostic = error as! TemplateDiagnostic
            return diagnostic.location.column == 6 + 2 + 14 && diagnostic.message.contains("did you mean 'money'")
        }
    }
}
