import DocumentTree
import TestSupport
import Testing

@testable import HTMLOutput

@Suite struct HTMLWriterTests {
    @Test func everythingMatchesGoldenFile() {
        assertSnapshot(HTMLWriter().write(.everything), named: "everything.html")
    }

    @Test func bytesAreTheFilesUTF8() {
        let empty = Document(metadata: .init(title: ""), blocks: [])
        for document in [Document.everything, empty] {
            #expect(HTMLWriter().utf8(document) == Array(HTMLWriter().write(document).utf8))
        }
    }

    @Test func sameDocumentGivesSameBytes() {
        #expect(Array(HTMLWriter().write(.everything).utf8) == Array(HTMLWriter().write(.everything).utf8))
    }

    @Test func headCarriesTheMetadata() throws {
        let root = try HTMLScanner.parse(HTMLWriter().write(.everything))
        let html = try #require(root.elements(named: "html").first)
        #expect(html.attributes["lang"] == "en-US")
        #expect(root.elements(named: "title").map(\.textContent) == ["Request to stop contacting me"])
        let metas = root.elements(named: "meta")
        #expect(metas.contains { $0.attributes["charset"] == "utf-8" })
        #expect(metas.contains { $0.attributes["name"] == "viewport" })
        #expect(
            metas.first { $0.attributes["name"] == "description" }?.attributes["content"]
                == "A letter that exercises every node type.")
        #expect(metas.first { $0.attributes["name"] == "author" }?.attributes["content"] == "Zoë Núñez-O'Brien")
        let css = try #require(root.elements(named: "style").first).textContent
        #expect(css.contains("@page { size: letter; margin: 0.75in 1in; }"))
        #expect(css.contains(".page-break + * { break-before: page; }"))
    }

    @Test func emptySummaryAndAuthorAreLeftOut() throws {
        let document = Document(metadata: Metadata(title: " ", language: "es_US"), blocks: [])
        let root = try HTMLScanner.parse(HTMLWriter().write(document))
        #expect(root.elements(named: "meta").count == 2)
        #expect(root.elements(named: "title").first?.textContent == "Document")
        #expect(root.elements(named: "html").first?.attributes["lang"] == "es-US")
    }

    @Test(arguments: [
        ("en-US", "en-US"), ("es", "es"), ("zh-Hant-TW", "zh-Hant-TW"), ("en_GB", "en-GB"),
        ("", "und"), ("english", "und"), ("en US", "und"), ("\"><script>", "und"), ("e", "und"),
    ])
    func languageTags(given: String, expected: String) {
        #expect(HTMLWriter.languageTag(given) == expected)
    }

    @Test func blocksBecomeSemanticElements() throws {
        let root = try HTMLScanner.parse(HTMLWriter().write(.everything))
        let main = try #require(root.elements(named: "main").first)
        #expect(
            main.childElements.map(\.name) == [
                "p", "p", "p", "p", "h1", "p", "p", "h2", "ul", "h3", "table", "p", "ol", "div", "p", "div", "h2", "p", "table",
            ])
        let classes = main.elements(named: "p").map { $0.attributes["class"] ?? "" }
        #expect(classes == ["address", "date", "address", "subject", "", "", "", "", "signature", "notice", ""])
        #expect(main.elements(named: "div").map { $0.attributes["class"] } == ["keep", "page-break"])
        #expect(main.elements(named: "li").count == 14)
        #expect(main.elements(named: "br").count == 6)
        #expect(main.elements(named: "strong").map(\.textContent) == ["Re: account ending in 4821", "stop all communication", "cease", "$13,790.55"])
        #expect(main.elements(named: "em").count == 14)
        #expect(main.elements(named: "u").map(\.textContent) == ["acknowledge"])
    }

    @Test func tablesHaveHeaderCellsAndAlignmentClasses() throws {
        let root = try HTMLScanner.parse(HTMLWriter().write(.everything))
        let table = try #require(root.elements(named: "table").first)
        #expect(table.childElements.map(\.name) == ["thead", "tbody"])
        let headers = table.elements(named: "th")
        #expect(headers.map(\.textContent) == ["Item", "Status", "Amount"])
        #expect(headers.allSatisfy { $0.attributes["scope"] == "col" })
        #expect(headers.map { $0.attributes["class"] } == [nil, "center", "right"])
        let cells = table.elements(named: "td")
        #expect(cells.count == 9)
        #expect(cells.map { $0.attributes["class"] } == Array(repeating: [nil, "center", "right"], count: 3).flatMap { $0 })
        #expect(table.elements(named: "tr").allSatisfy { $0.childElements.count == 3 })
        #expect(!table.elements(named: "td").contains { $0.attributes["style"] != nil })
    }

    @Test func raggedRowsArePaddedToTheWidestRow() throws {
        let table = Table(header: [[.text("A")]], rows: [[[.text("1")], [.text("2")]], []])
        let html = HTMLWriter().write(Document(metadata: Metadata(title: "t"), blocks: [.table(table)]))
        let root = try HTMLScanner.parse(html)
        #expect(root.elements(named: "tr").map { $0.childElements.count } == [2, 2, 2])
        #expect(root.elements(named: "th").allSatisfy { $0.attributes["scope"] == "col" })
    }

    @Test func headingLevelsAreClampedToOneThroughThree() throws {
        let document = Document(
            metadata: Metadata(title: "t"),
            blocks: [
                .heading(level: 0, content: [.text("a")]), .heading(level: 9, content: [.text("b")]),
            ])
        let root = try HTMLScanner.parse(HTMLWriter().write(document))
        #expect(try #require(root.elements(named: "main").first).childElements.map(\.name) == ["h1", "h3"])
    }
}
