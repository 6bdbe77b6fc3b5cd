import DocumentTree

/// Walks the blocks of a ``Document`` and writes `word/document.xml` into one buffer.
struct DocumentBody {
    var out: XMLBuffer
    /// How many numbered lists have been written; each gets its own `w:num`.
    private(set) var numberedLists = 0
    /// A page break not yet written: the next paragraph gets `w:pageBreakBefore`. A break in a
    /// paragraph of its own would spill onto a new page when the page before is full, leaving it blank.
    private var pageBreakPending = false
    /// The last block was a table: the next paragraph gets space before it, which no style can
    /// give only after tables (without it the text sits on the table's bottom border).
    private var afterTable = false
    /// Inside a ``Block/keep(_:)``: paragraphs get `w:keepLines`, and `w:keepNext` while `keepNext`.
    private var inKeep = false
    private var keepNext = false

    init(capacity: Int) { out = XMLBuffer(capacity: capacity) }

    /// The whole part for `blocks`.
    mutating func write(_ blocks: [Block]) {
        out.raw(OOXML.declaration)
        out.raw("<w:document xmlns:w=\"")
        out.raw(OOXML.wordNamespace)
        out.raw("\" xmlns:r=\"")
        out.raw(OOXML.relationshipsNamespace)
        out.raw("\"><w:body>")
        var previousWasTable = false
        for (index, block) in blocks.enumerated() {
            // A notice is never left alone at the top of a page: what it qualifies stays with it.
            if index + 1 < blocks.count, case .paragraph(.notice, _) = blocks[index + 1] { keepNext = true } else { keepNext = false }
            let isTable: Bool
            switch block {
            case .table, .keep: isTable = true
            default: isTable = false
            }
            if case .pageBreak = block {
                // Two breaks in a row ask for an empty page: give it an empty paragraph.
                if pageBreakPending { out.raw("<w:p><w:pPr><w:pageBreakBefore/></w:pPr></w:p>") }
                pageBreakPending = true
                previousWasTable = false
                continue
            }
            if isTable, pageBreakPending {
                // A table has no paragraph properties of its own to carry the break.
                out.raw("<w:p><w:pPr><w:pageBreakBefore/></w:pPr></w:p>")
                pageBreakPending = false
            }
            // Word merges adjacent tables into one; an empty paragraph keeps them apart.
            if isTable, previousWasTable { out.raw("<w:p/>") }
            write(block)
            previousWasTable = isTable
            afterTable = isTable
        }
        // A break with nothing after it would only add a blank last page.
        pageBreakPending = false
        // A body should end with a paragraph; after a final table (a kept signature block) it is
        // one twip-high line, so a table that fills its page does not push a blank page after it.
        if previousWasTable { out.raw(built: Self.closingParagraph) }
        out.raw(built: Self.sectionPropertiesAndEnd)
    }

    /// The start of the one-cell table that holds a ``Block/keep(_:)`` group; no borders, no cell
    /// margins, so its text lines up with the paragraphs around it.
    private static let keepTableStart =
        "<w:tbl><w:tblPr><w:tblW w:w=\"\(OOXML.textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
        + "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
        + "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
        + "</w:tblPr><w:tblGrid><w:gridCol w:w=\"\(OOXML.textWidth)\"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>"
        + "<w:tc><w:tcPr><w:tcW w:w=\"\(OOXML.textWidth)\" w:type=\"dxa\"/></w:tcPr>"

    /// The paragraph that ends a body whose last block is a table: no spacing, 1 pt high, 1 pt text.
    private static let closingParagraph =
        "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>"
        + "<w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>"

    /// The page setup and the closing tags, the same in every document: built once.
    private static let sectionPropertiesAndEnd =
        "<w:sectPr>" + HeaderFooter.sectionReferences + "<w:pgSz w:w=\"\(OOXML.pageWidth)\" w:h=\"\(OOXML.pageHeight)\"/>"
        + "<w:pgMar w:top=\"\(OOXML.verticalMargin)\" w:right=\"\(OOXML.margin)\" w:bottom=\"\(OOXML.verticalMargin)\" "
        + "w:left=\"\(OOXML.margin)\" w:header=\"540\" w:footer=\"540\" w:gutter=\"0\"/>"
        + "<w:cols w:space=\"720\"/><w:titlePg/></w:sectPr></w:body></w:document>"

    private mutating func write(_ block: Block) {
        switch block {
        case .heading(let level, let content):
            paragraph(style: StyleID.heading(level: level), content)
        case .paragraph(let style, let content):
            paragraph(style: StyleID.paragraph(style), content)
        case .list(let kind, let items):
            let style: StaticString
            let numID: Int
            switch kind {
            case .bulleted:
                (style, numID) = (StyleID.listBullet, Numbering.bulletNumID)
            case .numbered:
                (style, numID) = (StyleID.listNumber, Numbering.numID(ofNumberedList: numberedLists))
                numberedLists += 1
            }
            let listKeepsNext = keepNext
            for (index, item) in items.enumerated() {
                keepNext = listKeepsNext || (inKeep && index < items.count - 1)
                paragraph(style: style, numID: numID, item)
            }
            keepNext = listKeepsNext
        case .table(let table):
            write(table)
        case .pageBreak:
            pageBreakPending = true
        case .keep(let children):
            let (outerKeep, outerNext) = (inKeep, keepNext)
            // LibreOffice does not always honour a chain of keepNext paragraphs (a closing could still
            // end a page with the signature alone on the next), so the outermost group also sits in
            // the one row of a borderless, full-width table that may not split: Word and LibreOffice
            // both move such a row whole.
            if !outerKeep { out.raw(built: Self.keepTableStart) }
            inKeep = true
            var lastWasTable = false
            for (index, child) in children.enumerated() {
                keepNext = outerNext || index < children.count - 1
                write(child)
                lastWasTable = { if case .table = child { true } else { false } }()
                afterTable = lastWasTable
            }
            (inKeep, keepNext) = (outerKeep, outerNext)
            if !outerKeep {
                // A cell must end with a paragraph.
                if lastWasTable || children.isEmpty { out.raw("<w:p/>") }
                out.raw("</w:tc></w:tr></w:tbl>")
                afterTable = false
            }
        }
    }

    /// A paragraph; `pStyle`, `pageBreakBefore` and `numPr` come in the order the schema requires
    /// (pandoc gets this wrong).
    mutating func paragraph(style: StaticString, numID: Int? = nil, alignment: ColumnAlignment = .left, _ content: [Inline]) {
        out.raw("<w:p><w:pPr><w:pStyle w:val=\"")
        out.raw(style)
        out.raw("\"/>")
        if keepNext { out.raw("<w:keepNext/>") }
        if inKeep { out.raw("<w:keepLines/>") }
        if pageBreakPending {
            out.raw("<w:pageBreakBefore/>")
            pageBreakPending = false
        }
        if let numID {
            out.raw("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"")
            out.int(numID)
            out.raw("\"/></w:numPr>")
        }
        if afterTable {
            out.raw("<w:spacing w:before=\"200\"/>")
            afterTable = false
        }
        alignmentProperty(alignment)
        out.raw("</w:pPr>")
        inlines(content, format: RunFormat())
        out.raw("</w:p>")
    }

    /// A paragraph in the default style (table cells, whose spacing comes from the table style).
    mutating func plainParagraph(alignment: ColumnAlignment, _ content: [Inline]) {
        out.raw("<w:p>")
        if alignment != .left {
            out.raw("<w:pPr>")
            alignmentProperty(alignment)
            out.raw("</w:pPr>")
        }
        inlines(content, format: RunFormat())
        out.raw("</w:p>")
    }

    private mutating func alignmentProperty(_ alignment: ColumnAlignment) {
        switch alignment {
        case .left: break
        case .center: out.raw("<w:jc w:val=\"center\"/>")
        case .right: out.raw("<w:jc w:val=\"right\"/>")
        }
    }

    private mutating func inlines(_ content: [Inline], format: RunFormat) {
        for inline in content {
            switch inline {
            case .text(let text): run(text, format: format)
            case .strong(let inner): inlines(inner, format: format.bolded)
            case .emphasis(let inner): inlines(inner, format: format.italicized)
            case .underline(let inner): inlines(inner, format: format.underlined)
            case .lineBreak: out.raw("<w:r><w:br/></w:r>")
            }
        }
    }
}
