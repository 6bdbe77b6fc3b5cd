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
        out.raw("\"/><w:tblW w:w=\"\(OOXML.textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>")
        out.raw("<w:tblLook w:val=\"0620\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>")
        out.raw("</w:tblPr><w:tblGrid>")
        for width in widths { out.raw("<w:gridCol w:w=\"\(width)\"/>") }
        out.raw("</w:tblGrid>")
        row(table.header, table: table, widths: widths, isHeader: true)
        for cells in table.rows { row(cells, table: table, widths: widths, isHeader: false) }
        out.raw("</w:tbl>")
    }

    private mutating func row(_ cells: [[Inline]], table: Table, widths: [Int], isHeader: Bool) {
        out.raw(isHeader ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for (column, width) in widths.enumerated() {
            out.raw("<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>")
            // A short row gets empty cells: every cell must hold at least one paragraph.
            plainParagraph(alignment: table.alignment(ofColumn: column), column < cells.count ? cells[column] : [])
            out.raw("</w:tc>")
        }
        out.raw("</w:tr>")
    }

    /// Widths in twips that fill the text width, shared out by each column's longest line
    /// (between 4 and 40 characters, so a long sentence cannot squeeze an amount column).
    static func columnWidths(for table: Table, columns: Int) -> [Int] {
        var weights = [Int](repeating: 4, count: columns)
        for cells in [table.header] + table.rows {
            for (column, cell) in cells.prefix(columns).enumerated() {
                let longest = cell.plainText.split(separator: "\n").map(\.count).max() ?? 0
                weights[column] = max(weights[column], min(longest, 40))
            }
        }
        let total = weights.reduce(0, +)
        var widths = weights.map { OOXML.textWidth * $0 / total }
        widths[columns - 1] += OOXML.textWidth - widths.reduce(0, +)
        return widths
    }
}
