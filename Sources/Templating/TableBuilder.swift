import DocumentTree

/// Collects a table: the header row, then the `|---|` row, then body rows.
struct TableBuilder {
    /// The header cells.
    var header: [[InlineNode]]
    /// Column alignments, nil until the `|---|` row has been read.
    var alignments: [ColumnAlignment]?
    /// The body rows so far.
    var rows: [RowNode] = []
    /// The header row's start, for messages.
    var position: SourcePosition

    /// Starts a table at its header row.
    init(header line: TemplateLine, parser: inout BlockParser) {
        header = line.cells.map { parser.inlines($0) }
        position = line.firstPosition
    }

    /// Adds the `|---|` row or a body row.
    mutating func add(_ line: TemplateLine, parser: inout BlockParser) {
        guard alignments != nil else {
            let cells = line.cells
            let parsed = cells.map(Self.alignment)
            guard !parsed.isEmpty, !parsed.contains(where: { $0 == nil }) else {
                parser.diagnostics.append(.init("expected a row like |---|--:| under the table header to set the columns", at: line.firstPosition))
                alignments = Array(repeating: .left, count: header.count)
                rows.append(.row(parser.cells(of: line, columns: header.count)))
                return
            }
            let found = parsed.compactMap { $0 }
            if found.count != header.count {
                parser.diagnostics.append(
                    .init("the |---| row has \(found.count) cell\(found.count == 1 ? "" : "s"); the header has \(header.count)", at: line.firstPosition))
            }
            alignments = found
            return
        }
        rows.append(.row(parser.cells(of: line, columns: header.count)))
    }

    /// `:--` left, `:-:` centre, `--:` right, `---` left; nil if the cell is not dashes.
    private static func alignment(_ cell: [TemplateLine.Piece]) -> ColumnAlignment? {
        guard cell.count == 1, case .text(let chars, _) = cell[0] else { return nil }
        let left = chars.first == ":", right = chars.last == ":"
        let dashes = chars.dropFirst(left ? 1 : 0).dropLast(right && chars.count > 1 ? 1 : 0)
        guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
        return left && right ? .center : right ? .right : .left
    }

    /// The compiled table.
    var node: BlockNode {
        .table(header: header, alignments: alignments ?? [], rows: rows)
    }
}
