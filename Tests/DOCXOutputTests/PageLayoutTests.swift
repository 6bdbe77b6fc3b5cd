import DocumentTree
import Foundation
import DOCXOutput
import LibXML
import Testing
import TestSupport

/// The page layout a law office expects from the DOCX: blocks kept together, rows not split, forms
/// with rows to write in, "Page X of Y" in the footer and the continuation header from page 2 on.
@Suite struct PageLayoutTests {
    static let w = DOCXParts.w

    func parts(_ blocks: [Block], page: PageFurniture = PageFurniture()) throws -> DOCXParts {
        try DOCXParts(DOCXWriter().write(Document(metadata: Metadata(title: "T", page: page), blocks: blocks)))
    }

    func properties(of paragraph: XMLElement) -> Set<String> {
        Set(paragraph.firstChild(named: "pPr", namespace: Self.w)?.childElements.map(\.name) ?? [])
    }

    @Test func aKeepKeepsEachParagraphWithTheNextAndEveryParagraphWhole() throws {
        let docx = try parts([
            .paragraph(style: .body, content: [.text("Before.")]),
            .keep([
                .paragraph(style: .body, content: [.text("Last paragraph.")]),
                .paragraph(style: .body, content: [.text("Sincerely,")]),
                .paragraph(style: .signature, content: [.text("____"), .lineBreak, .text("Name")]),
            ]),
        ])
        let paragraphs = try docx.document().root.descendants(named: "p", namespace: Self.w).map(properties)
        #expect(!paragraphs[0].contains("keepNext"))
        #expect(paragraphs[1].isSuperset(of: ["keepNext", "keepLines"]))
        #expect(paragraphs[2].isSuperset(of: ["keepNext", "keepLines"]))
        #expect(paragraphs[3].contains("keepLines") && !paragraphs[3].contains("keepNext"))
    }

    @Test func theParagraphBeforeANoticeIsKeptWithIt() throws {
        let docx = try parts([
            .paragraph(style: .body, content: [.text("What the notice qualifies.")]),
            .paragraph(style: .notice, content: [.text("This is not legal advice.")]),
        ])
        let paragraphs = try docx.document().root.descendants(named: "p", namespace: Self.w).map(properties)
        #expect(paragraphs[0].contains("keepNext"))
    }

    @Test func rowsDoNotSplitAndFormRowsAreTallEnoughToWriteIn() throws {
        let table = Table(header: [[.text("Date")], [.text("Note")]], rows: [[[.text("_")], [.text("_")]]])
        var form = table
        form.isForm = true
        let docx = try parts([.table(table), .table(form)])
        let tables = try docx.document().root.descendants(named: "tbl", namespace: Self.w)
        for table in tables {
            for row in table.descendants(named: "tr", namespace: Self.w) {
                #expect(row.descendants(named: "cantSplit", namespace: Self.w).count == 1)
            }
            #expect(table.descendants(named: "tblW", namespace: Self.w).first?.attribute("w", namespace: Self.w) == "9360")
        }
        #expect(tables[0].descendants(named: "trHeight", namespace: Self.w).isEmpty)
        let heights = tables[1].descendants(named: "trHeight", namespace: Self.w)
        #expect(heights.count == 1)
        #expect(heights.first?.attribute("val", namespace: Self.w) == "576")
        #expect(heights.first?.attribute("hRule", namespace: Self.w) == "atLeast")
    }

    @Test func theFooterNumbersThePagesInTheDocumentsLanguage() throws {
        for (page, words) in [(PageFurniture(), ["Page ", " of "]), (PageFurniture.words(forLanguage: "es-US"), ["Página ", " de "])] {
            let docx = try parts([.paragraph(style: .body, content: [.text("x")])], page: page)
            for name in ["word/footer1.xml", "word/footer2.xml"] {
                let footer = try XMLDocument(parsing: try #require(docx[name]))
                let instructions = footer.root.descendants(named: "instrText", namespace: Self.w).map(\.textContent)
                #expect(instructions.map { $0.trimmingCharacters(in: .whitespaces) } == ["PAGE", "NUMPAGES"])
                #expect(footer.root.descendants(named: "t", namespace: Self.w).map(\.textContent) == [words[0], "1", words[1], "1"])
            }
        }
    }

    @Test func theContinuationHeaderStartsOnPageTwo() throws {
        let docx = try parts(
            [.paragraph(style: .body, content: [.text("x")])],
            page: PageFurniture(continuation: "Acme & <Co> — November 27, 2026"))
        let section = try #require(try docx.document().root.descendants(named: "sectPr", namespace: Self.w).first)
        #expect(section.firstChild(named: "titlePg", namespace: Self.w) != nil)
        let references = section.childElements.filter { $0.name == "headerReference" || $0.name == "footerReference" }
        #expect(references.map { $0.attribute("type", namespace: Self.w) ?? "" } == ["default", "first", "default", "first"])
        let header = try XMLDocument(parsing: try #require(docx["word/header1.xml"]))
        #expect(header.root.textContent == "Acme & <Co> — November 27, 2026")
        let first = try XMLDocument(parsing: try #require(docx["word/header2.xml"]))
        #expect(first.root.textContent.isEmpty)
    }
}
