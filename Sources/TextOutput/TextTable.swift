import DocumentTree

/// A table laid out in aligned text columns, wrapping cells when the table is wider than the page.
///
/// Columns are separated by two spaces and the header by a line of dashes. When the natural width
/// is too wide, the widest column that is still wider than its longest word gives up a column at
/// a time, so narrow columns (amounts, dates) keep their shape; only when every column is down to
/// its longest word are words cut.
struct TextTable {
    /// The separator between two columns.
    static let gap = "  "

    private let header: [[String]]
    private let rows: [[[String]]]
    private let alignments: [ColumnAlignment]
    private let widths: [Int]

    /// Lays out `table` to fit in `width` columns when the page can hold a column per cell.
    init(_ table: Table, width: Int) {
        let columnCount = max(table.columnCount, table.rows.map(\.count).max() ?? 0)
        func cells(_ row: [[Inline]]) -> [String] {
            (0..<columnCount).map { index in
                // A tab would break the alignment of every column after it.
                index < row.count ? String(row[index].cleanText.map { $0 == "\t" ? " " : $0 }) : ""
            }
        }
        let header = cells(table.header)
        let rows = table.rows.map(cells)
        let available = max(width - Self.gap.count * (columnCount - 1), columnCount)
        let widths = Self.columnWidths(for: [header] + rows, columnCount: columnCount, available: available)

        self.alignments = (0..<columnCount).map(table.alignment(ofColumn:))
        self.widths = widths
        self.header = zip(header, widths).map { LineWrapper(width: $1).wrap($0) }
        self.rows = rows.map { row in zip(row, widths).map { LineWrapper(width: $1).wrap($0) } }
    }

    /// The table's text lines: header, dashes, then the body rows (a blank line between body rows
    /// when any of them wraps, so that a reader can tell where a row ends).
    var lines: [String] {
        guard !widths.isEmpty else { return [] }
        var lines = render(header)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: Self.gap))
        let separateRows = rows.contains { row in row.contains { $0.count > 1 } }
        for (index, row) in rows.enumerated() {
            if separateRows, index > 0 { lines.append("") }
            lines += render(row)
        }
        return lines
    }

    private func render(_ row: [[String]]) -> [String] {
        let height = row.map(\.count).max() ?? 0
        return (0..<height).map { lineIndex in
            var line = ""
            for (column, cell) in row.enumerated() {
                if column > 0 { line += Self.gap }
                let text = lineIndex < cell.count ? cell[lineIndex] : ""
                line += aligned(text, width: widths[column], alignment: alignments[column])
            }
            return line.trimmingTrailingSpaces
        }
    }

    private func aligned(_ text: String, width: Int, alignment: ColumnAlignment) -> String {
        let padding = max(width - text.displayWidth(), 0)
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: padding)
        case .right:
            return String(repeating: " ", count: padding) + text
        case .center:
            let left = padding / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: padding - left)
        }
    }

    private static func columnWidths(for rows: [[String]], columnCount: Int, available: Int) -> [Int] {
        var widths = Array(repeating: 1, count: columnCount)
        var longestWord = Array(repeating: 1, count: columnCount)
        for row in rows {
            for (column, cell) in row.enumerated() {
                for line in cell.split(separator: "\n") {
                    widths[column] = max(widths[column], String(line).displayWidth())
                    for word in line.split(separator: " ") {
                        longestWord[column] = max(longestWord[column], String(word).displayWidth())
                    }
                }
            }
        }
        var excess = widths.reduce(0, +) - available
        while excess > 0 {
            let shrinkable = widths.indices.filter { widths[$0] > longestWord[$0] }
            let candidates = shrinkable.isEmpty ? widths.indices.filter { widths[$0] > 1 } : shrinkable
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] || (widths[$0] == widths[$1] && $0 > $1) })
            else { break }
            // Shrink in one step down to the next-widest candidate (or the floor), not column by column.
            let floor = shrinkable.isEmpty ? 1 : longestWord[widest]
            let runnerUp = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let step = max(1, min(excess, widths[widest] - max(floor, runnerUp)))
            widths[widest] -= step
            excess -= step
        }
        return widths
    }
}

extension String {
    /// The string without spaces at its end.
    var trimmingTrailingSpaces: String {
        guard last == " " else { return self }
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[..<end])
    }
}
