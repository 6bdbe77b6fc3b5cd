import DocumentTree
import Templating
import Testing

@Suite struct LibraryTests {
    let partials = [
        TemplateSource(path: "templates/partials/signature.en.md", text: "::: signature\nSincerely,\n\n{{debtor.name}}\n:::\n"),
        TemplateSource(path: "templates/partials/signature.es.md", text: "::: signature\nAtentamente,\n\n{{debtor.name}}\n:::\n"),
        TemplateSource(path: "templates/partials/notice.md", text: "::: notice\nNot legal advice.\n:::\n"),
        TemplateSource(path: "templates/partials/greeting.md", text: "Dear {{collector.name}}"),
    ]

    @Test func partialsResolveByLanguageThenNeutral() throws {
        let sources =
            partials + [
                source("{{> greeting}}:\n\n{{> signature}}\n{{> notice}}", id: "letter", language: "en", path: "templates/letter.en.md"),
                source("{{> signature}}", id: "letter", language: "es", path: "templates/letter.es.md"),
            ]
        let library = try TemplateLibrary(sources: sources)
        let context: TemplateValue = ["debtor": ["name": "Ann"], "collector": ["name": "Acme"]]
        #expect(
            try #require(library.template(id: "letter", language: "en")).render(context).blocks == [
                para(.text("Dear Acme:")),
                .paragraph(style: .signature, content: [.text("Sincerely,")]),
                .paragraph(style: .signature, content: [.text("Ann")]),
                .paragraph(style: .notice, content: [.text("Not legal advice.")]),
            ])
        #expect(
            try #require(library.template(id: "letter", language: "es")).render(context).blocks == [
                .paragraph(style: .signature, content: [.text("Atentamente,")]),
                .paragraph(style: .signature, content: [.text("Ann")]),
            ])
        #expect(library.templates.map { "\($0.frontMatter.id)/\($0.frontMatter.language)" } == ["letter/en", "letter/es"])
    }

    @Test func compilesOnlyTheNamedDocuments() throws {
        let sources =
            partials + [
                source("{{> signature}}", id: "letter", language: "en", path: "templates/letter.en.md"),
                source("{{> signature}}", id: "letter", language: "es", path: "templates/letter.es.md"),
                source("{{#if x}} never closed", id: "broken", language: "en", path: "templates/broken.en.md"),
            ]
        let library = try TemplateLibrary(sources: sources, documents: ["letter"])
        #expect(library.templates.map { "\($0.frontMatter.id)/\($0.frontMatter.language)" } == ["letter/en", "letter/es"])
        #expect(throws: TemplateLibrary.Failure.self) { try TemplateLibrary(sources: sources) }
    }

    @Test func errorsInsidePartialsPointIntoThePartial() {
        let found = diagnostics([source("{{> bad}}"), TemplateSource(path: "partials/bad.md", text: "ok\n{{#if x}}")])
        #expect(found.map(\.location) == [.init(file: "partials/bad.md", line: 2, column: 1)])
    }

    @Test func missingPartialSuggestsAName() {
        let found = diagnostics([source("{{> signatur}}")] + partials)
        #expect(
            found.map(\.message) == [
                "no partial named 'signatur' for language 'en' (did you mean 'signature'?); expected a file partials/signatur.en.md or partials/signatur.md"
            ])
    }

    @Test func overlaidPutsTheUserFolderInFront() throws {
        let builtIn = try TemplateLibrary(sources: [source("built-in", id: "a", path: "a.md"), source("only built-in", id: "b", path: "b.md")])
        let user = try TemplateLibrary(sources: [source("user", id: "a", path: "mine/a.md"), source("new", id: "c", path: "mine/c.md")])
        let merged = builtIn.overlaid(by: user)
        #expect(merged.templates.map(\.frontMatter.id) == ["a", "b", "c"])
        #expect(try #require(merged.template(id: "a", language: "en")).render([:]).blocks == [para(.text("user"))])
    }

    @Test func overridingRecompilesBuiltInsWithTheUsersPartials() throws {
        let builtIn = try TemplateLibrary(sources: partials + [source("{{> notice}}", id: "a", path: "a.md")])
        let user = try TemplateLibrary(sources: [TemplateSource(path: "mine/partials/notice.md", text: "Mine.")], overriding: builtIn)
        #expect(try #require(user.template(id: "a", language: "en")).render([:]).blocks == [para(.text("Mine."))])
    }

    @Test func failureDescriptionListsEveryDiagnostic() {
        do {
            _ = try TemplateLibrary(sources: [source("{{a | x}}\n{{/if}}")])
            Issue.record("expected failure")
        } catch {
            #expect(error.description.components(separatedBy: "\n").count == 6)
            #expect(error.description.hasPrefix("t.md:6:7: error: unknown filter 'x'"))
        }
    }
}
