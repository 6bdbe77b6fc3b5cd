import DocumentTree
import DOCXOutput
import LibXML
import Testing
import TestSupport
import ZIPArchive

@Suite struct DOCXWriterTests {
    let docx = DOCXWriter().write(Fixtures.everything)

    @Test func matchesTheGoldenPartsAsXML() throws {
        try assertDOCXSnapshot(docx, named: "everything")
    }

    @Test func writesThePartsInTheFixedOrder() throws {
        #expect(try DOCXParts(docx).names == DOCXWriter.partNames)
        #expect(DOCXWriter.partNames.first == "[Content_Types].xml")
    }

    @Test func isDeterministic() {
        #expect(DOCXWriter().write(Fixtures.everything) == docx)
    }

    @Test func isDeterministicAcrossThreads() async {
        let outputs = await withTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<16 { group.addTask { DOCXWriter().write(Fixtures.everything) } }
            return await group.reduce(into: [[UInt8]]()) { $0.append($1) }
        }
        #expect(outputs.allSatisfy { $0 == docx })
    }

    @Test func everyPartParsesWithLibXML() throws {
        let parts = try DOCXParts(docx)
        for name in parts.names {
            #expect(throws: Never.self, "\(name)") { try XMLDocument(parsing: parts[name] ?? "") }
        }
    }

    @Test func keepsTheTextOfEveryParagraph() throws {
        let texts = try DOCXParts(docx).paragraphTexts()
        #expect(texts.contains("Jane Q. Debtor\n12 Elm Street, Apt. 3\nSpringfield, IL 62701"))
        #expect(texts.contains("Sincerely,\n\nJane Q. Debtor"))
        #expect(!texts.contains("\u{C}"), "a page break is a property of the next paragraph, not a paragraph")
        #expect(texts.contains { $0.hasSuffix("Second line\twith a tab,  two spaces and a trailing space ") })
        #expect(texts.contains("Bold and italic bold underlineditalic underlined") == false)
    }

    @Test func stylesParagraphsByName() throws {
        let body = try DOCXParts(docx).document().root
        let styles = body.descendants(named: "pStyle", namespace: DOCXParts.w).compactMap { $0.attribute("val", namespace: DOCXParts.w) }
        for id in [
            "Title", "Heading1", "Heading2", "Heading3", "BodyText", "Address", "DateLine", "Subject",
            "Signature", "Notice", "ListBullet", "ListNumber",
        ] {
            #expect(styles.contains(id), "\(id)")
        }
        let runStyles = Set(body.descendants(named: "rStyle", namespace: DOCXParts.w).compactMap { $0.attribute("val", namespace: DOCXParts.w) })
        #expect(runStyles == ["Strong", "Emphasis"])
        let defined = try XMLDocument(parsing: try #require(DOCXParts(docx)["word/styles.xml"])).root
            .children(named: "style", namespace: DOCXParts.w).compactMap { $0.attribute("styleId", namespace: DOCXParts.w) }
        #expect(Set(styles).union(runStyles).union(["LetterTable"]).isSubset(of: Set(defined)))
    }

    @Test func preservesSpacesOnlyWhereNeeded() throws {
        let ts = try DOCXParts(docx).document().root.descendants(named: "t", namespace: DOCXParts.w)
        let xmlSpace = "http://www.w3.org/XML/1998/namespace"
        for t in ts {
            let text = t.textContent
            let needs = text.hasPrefix(" ") || text.hasSuffix(" ") || text.contains("  ")
            #expect((t.attribute("space", namespace: xmlSpace) == "preserve") == needs, "\(text)")
        }
    }

    @Test func marksTheHeaderRowAndAlignsCells() throws {
        let body = try DOCXParts(docx).document().root
        let table = try #require(body.descendants(named: "tbl", namespace: DOCXParts.w).first)
        let rows = table.children(named: "tr", namespace: DOCXParts.w)
        #expect(rows.count == 3)
        #expect(rows[0].descendants(named: "tblHeader", namespace: DOCXParts.w).count == 1)
        #expect(rows[1].descendants(named: "tblHeader", namespace: DOCXParts.w).isEmpty)
        let jc = rows[1].children(named: "tc", namespace: DOCXParts.w).map {
            $0.descendants(named: "jc", namespace: DOCXParts.w).first?.attribute("val", namespace: DOCXParts.w)
        }
        #expect(jc == [nil, "right", "center"])
        #expect(rows[2].children(named: "tc", namespace: DOCXParts.w).count == 3)
        let widths = table.descendants(named: "gridCol", namespace: DOCXParts.w).compactMap { $0.attribute("w", namespace: DOCXParts.w).flatMap(Int.init) }
        #expect(widths.count == 3 && widths.reduce(0, +) == 9360)
    }

    @Test func usesUSLetterWithOneInchSideMargins() throws {
        let section = try #require(try DOCXParts(docx).document().root.descendants(named: "sectPr", namespace: DOCXParts.w).first)
        let size = try #require(section.firstChild(named: "pgSz", namespace: DOCXParts.w))
        #expect(size.attribute("w", namespace: DOCXParts.w) == "12240" && size.attribute("h", namespace: DOCXParts.w) == "15840")
        let margins = try #require(section.firstChild(named: "pgMar", namespace: DOCXParts.w))
        for side in ["right", "left"] { #expect(margins.attribute(side, namespace: DOCXParts.w) == "1440") }
        for side in ["top", "bottom"] { #expect(margins.attribute(side, namespace: DOCXParts.w) == "1080") }
    }

    @Test func carriesTheMetadataNotTheClock() throws {
        let core = try XMLDocument(parsing: try #require(DOCXParts(docx)["docProps/core.xml"])).root
        func value(_ name: String) -> String? { core.childElements.first { $0.name == name }?.textContent }
        #expect(value("title") == "Request to stop contacting me")
        #expect(value("creator") == "Jane Q. Debtor")
        #expect(value("description") == "Every node type, for the golden files")
        #expect(value("language") == "en-US")
        #expect(value("created") == "2026-11-27T00:00:00Z")
        #expect(value("modified") == "2026-11-27T00:00:00Z")
    }

    @Test func leavesOutDatesThatAreNotISO() throws {
        let document = Document(metadata: Metadata(title: "x", date: "27/11/2026"), blocks: [])
        let core = try #require(try DOCXParts(DOCXWriter().write(document))["docProps/core.xml"])
        #expect(!core.contains("dcterms:created"))
        #expect(throws: Never.self) { try XMLDocument(parsing: core) }
    }

    @Test func setsTheProofingLanguage() throws {
        let spanish = Document(metadata: Metadata(title: "Carta", language: "es-US"), blocks: [])
        let french = Document(metadata: Metadata(title: "Lettre", language: "fr-CA"), blocks: [])
        #expect(try DOCXParts(DOCXWriter().write(spanish))["word/styles.xml"]?.contains("<w:lang w:val=\"es-US\"/>") == true)
        #expect(try DOCXParts(DOCXWriter().write(french))["word/styles.xml"]?.contains("<w:lang w:val=\"fr-CA\"/>") == true)
    }

    @Test func writesAnEmptyDocument() throws {
        let parts = try DOCXParts(DOCXWriter().write(Document(metadata: Metadata(title: ""), blocks: [])))
        #expect(try parts.paragraphTexts() == [])
        #expect(parts.names == DOCXWriter.partNames)
    }
}

/// Page breaks never leave a blank page: the paragraph after a break starts the page.
@Suite struct DOCXPageBreakTests {
    let w = DOCXParts.w

    func body(_ blocks: [Block]) throws -> [XMLElement] {
        let root = try DOCXParts(DOCXWriter().write(Document(metadata: .init(title: "t"), blocks: blocks))).document().root
        return try #require(root.firstChild(named: "body", namespace: w)).childElements.filter { $0.name != "sectPr" }
    }

    func startsPage(_ element: XMLElement) -> Bool {
        !element.descendants(named: "pageBreakBefore", namespace: w).isEmpty
    }

    let one = Block.paragraph(style: .body, content: [.text("one")])
    let two = Block.paragraph(style: .body, content: [.text("two")])

    @Test func breakBecomesPageBreakBeforeOnTheNextParagraph() throws {
        let elements = try body([one, .pageBreak, two])
        #expect(elements.map(\.textContent) == ["one", "two"])
        #expect(elements.map(startsPage) == [false, true])
        #expect(elements.allSatisfy { $0.descendants(named: "br", namespace: w).isEmpty })
    }

    @Test func breakBeforeAListMarksItsFirstItemOnly() throws {
        let elements = try body([one, .pageBreak, .list(kind: .numbered, items: [[.text("a")], [.text("b")]])])
        #expect(elements.map(startsPage) == [false, true, false])
        // The schema wants pageBreakBefore between pStyle and numPr.
        let properties = try #require(elements[1].firstChild(named: "pPr", namespace: w)).childElements.map(\.name)
        #expect(properties == ["pStyle", "pageBreakBefore", "numPr"])
    }

    @Test func breakBeforeATableIsAnEmptyParagraphThatStartsThePage() throws {
        let elements = try body([one, .pageBreak, .table(Table(header: [[.text("h")]], rows: []))])
        #expect(elements.map(\.name) == ["p", "p", "tbl", "p"])
        #expect(startsPage(elements[1]) && elements[1].textContent.isEmpty)
    }

    @Test func trailingBreakIsDroppedAndTwoBreaksLeaveOneEmptyPage() throws {
        #expect(try body([one, .pageBreak]).map(\.textContent) == ["one"])
        let elements = try body([one, .pageBreak, .pageBreak, two])
        #expect(elements.map(startsPage) == [false, true, true])
        #expect(elements.map(\.textContent) == ["one", "", "two"])
    }
}
