import DocumentTree

extension DocumentBody {
    /// A table in the `LetterTable` style: borders and the bold, shaded, repeating header row come
    /// from the style; the header row is also marked `w:tblHeader` so it repeats across pages.
    mutating func write(_ table: Table) {
        let columns = max(table.columnCount, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        let widths = Self.columnWidths(for: table, columns: columns)
        out.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"")
        out.raw(StyleID.table)
        out.raw(built: "\"/><w:tblW w:w=\"\(OOXML.textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>")
        out.raw("<w:tblLook w:val=\"0620\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>")
        out.raw("</w:tblPr><w:tblGrid>")
        for width in widths { out.raw(built: "<w:gridCol w:w=\"\(width)\"/>") }
        out.raw("</w:tblGrid>")
        row(table.header, table: table, widths: widths, isHeader: true)
        for cells in table.rows { row(cells, table: table, widths: widths, isHeader: false) }
        out.raw("</w:tbl>")
    }

    private mutating func row(_ cells: [[Inline]], table: Table, widths: [Int], isHeader: Bool) {
        if isHeader {
            out.raw("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        } else if table.isForm {
            out.raw(built: "<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"\(OOXML.formRowHeight)\" w:hRule=\"atLeast\"/></w:trPr>")
        } else {
            out.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        }
        for (column, width) in widths.enumerated() {
            out.raw(built: "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>")
            // A form's blank sits on the foot of its tall cell, where the hand writes.
            out.raw(table.isForm && !isHeader ? "<w:vAlign w:val=\"bottom\"/></w:tcPr>" : "</w:tcPr>")
            // A short row gets empty cells: every cell must hold at least one paragraph.
            plainParagraph(alignment: table.alignment(ofColumn: column), column < cells.count ? cells[column] : [])
            out.raw("</w:tc>")
        }
        out.raw("</w:tr>")
    }

    /// Widths in twips that fill the text width, laid out as a browser lays out an automatic table:
    /// each column needs at least its longest word and would like its longest line; when the lines
    /// do not all fit, every column gets its longest word and the rest of the width is shared out in
    /// proportion to how much more each would like. So a date or an amount column never wraps
    /// because a long description sits beside it.
    static func columnWidths(for table: Table, columns: Int) -> [Int] {
        var least = [Int](repeating: twips(characters: 3), count: columns)
        var most = least
        for cells in [table.header] + table.rows {
            for (column, cell) in cells.prefix(columns).enumerated() {
                let text = cell.plainText
                let word = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0
                let line = text.split(separator: "\n").map(\.count).max() ?? 0
                least[column] = max(least[column], twips(characters: min(word, 24)))
                most[column] = max(most[column], twips(characters: min(line, 80)))
            }
        }
        let available = OOXML.textWidth
        let (sumLeast, sumMost) = (least.reduce(0, +), most.reduce(0, +))
        var widths: [Int]
        if sumMost <= available {
            widths = most.map { $0 * available / sumMost }
        } else if sumLeast >= available {
            widths = least.map { $0 * available / sumLeast }
        } else {
            let spare = available - sumLeast, wanted = sumMost - sumLeast
            widths = zip(least, most).map { $0 + ($1 - $0) * spare / wanted }
        }
        widths[columns - 1] += available - widths.reduce(0, +)
        return widths
    }

    /// The width a run of 12-point serif characters needs, with the cell's left and right margins.
    /// Generous (140 twips a character where Times New Roman averages about 120) so that a word still
    /// fits when LibreOffice substitutes a wider face such as DejaVu Serif.
    private static func twips(characters: Int) -> Int { characters * 140 + 2 * 108 + 60 }
}
