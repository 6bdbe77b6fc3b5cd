import DocumentTree
import LibXML
import Testing

import HTMLOutput

/// The writer's output read by libxml2's HTML parser, a second reader independent of the test
/// scanner: what a browser-like parser builds must hold the values as text and nothing else.
@Suite struct HTMLWriterLibXMLTests {
    @Test(arguments: HTMLWriterInjectionTests.adversarialValues)
    func libxml2ReadsValuesAsText(value: String) throws {
        let html = HTMLWriter().write(HTMLWriterInjectionTests.document(holding: value))
        let document = try XMLDocument(parsingHTML: html)
        let expected = HTMLWriterInjectionTests.expected(value)
        #expect(document.root.descendants(named: "script").isEmpty)
        #expect(document.root.descendants(named: "title").map(\.textContent) == [expected])
        let metas = document.root.descendants(named: "meta")
        #expect(metas.first { $0.attribute("name") == "author" }?.attribute("content") == expected)
        let main = try #require(document.root.descendants(named: "main").first)
        #expect(main.childElements.map(\.name) == ["h2", "p", "p", "ul", "ol", "table"])
        for name in ["h2", "p", "strong", "em", "u", "th", "td", "li"] {
            let elements = main.descendants(named: name)
            #expect(!elements.isEmpty)
            #expect(elements.allSatisfy { $0.textContent == expected }, "\(name)")
        }
    }

    @Test func everythingParsesWithoutRepairs() throws {
        let document = try XMLDocument(parsingHTML: HTMLWriter().write(.everything))
        // libxml2 2.9 knows HTML 4 tags only, so it notes the HTML5 `main` element; nothing else.
        let repairs = document.diagnostics.filter { !$0.message.contains("Tag main invalid") }
        #expect(repairs.isEmpty, "\(repairs)")
        #expect(document.root.descendants(named: "th").count == 5)
    }
}
