import CaseModel
import DocumentTree
import Foundation
import Generator
import LibXML
import Testing
import TestSupport

/// Hostile values in a case file must come out as literal text in every format.
@Suite struct InjectionTests {
    static let hostile = [
        "O'Brien & <Sons>",
        "**bold** and _under_",
        "{{debtor.name}} {{> signature}} {{#if x}}",
        "</w:t><w:t>",
        "<script>alert(1)</script>",
        "Zoë 👋🏽 Núñez",
        "עברית مرحبا",
        "\\pagebreak ::: notice | a | b |",
    ]

    func render(collectorName: String) throws -> [GeneratedFile] {
        var theCase = try Repository.sample("demo.yaml")
        theCase.collector?.name = collectorName
        let result = DocumentGenerator(library: Repository.library).generate(
            CaseJob(theCase: theCase, documents: ["cease-contact"], language: "en", today: Repository.asOf, force: true))
        #expect(result.failures.isEmpty)
        return result.files
    }

    @Test(arguments: hostile)
    func valueIsLiteralInEveryFormat(_ value: String) throws {
        for file in try render(collectorName: value) {
            switch file.format {
            case .txt:
                #expect(String(decoding: file.bytes, as: UTF8.self).contains("Dear \(value):"))
            case .html:
                let html = try XMLDocument(parsingHTML: file.bytes)
                let paragraphs = html.root.descendants(named: "p").map(\.textContent)
                #expect(paragraphs.contains("Dear \(value):"))
                #expect(html.root.descendants(named: "script").isEmpty)
            case .docx:
                let paragraphs = try DOCXParts(file.bytes).paragraphTexts()
                #expect(paragraphs.contains("Dear \(value):"))
            }
        }
    }

    @Test func controlCharactersAreRemovedFromMarkupFormats() throws {
        for file in try render(collectorName: "Bad\u{0}Bell\u{7}Co") {
            let text = String(decoding: file.bytes, as: UTF8.self)
            switch file.format {
            case .txt, .html: #expect(text.contains("Dear BadBellCo:"))
            case .docx: #expect(try DOCXParts(file.bytes).paragraphTexts().contains("Dear BadBellCo:"))
            }
        }
    }

    @Test func everyDOCXPartParses() throws {
        let docx = try #require(try render(collectorName: "O'Brien & <Sons>").first { $0.format == .docx })
        let parts = try DOCXParts(docx.bytes)
        for name in parts.names where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
            #expect(throws: Never.self, "\(name)") { try XMLDocument(parsing: parts[name]!) }
        }
    }
}
