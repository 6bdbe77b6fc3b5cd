import DocumentTree

extension HTMLWriter {
    /// Appends one block, on its own line(s), to `out`.
    func write(_ block: Block, into out: inout [UInt8]) {
        switch block {
        case .heading(let level, let content):
            let digit = UInt8(ascii: "0") + UInt8(min(max(level, 1), 3))
            out.append(markup: "<h")
            out.append(digit)
            out.append(markup: ">")
            write(content, into: &out)
            out.append(markup: "</h")
            out.append(digit)
            out.append(markup: ">\n")
        case .paragraph(let style, let content):
            if style == .body {
                out.append(markup: "<p>")
            } else {
                out.append(markup: "<p class=\"")
                out.append(contentsOf: style.rawValue.utf8)
                out.append(markup: "\">")
            }
            write(content, into: &out)
            out.append(markup: "</p>\n")
        case .list(let kind, let items):
            out.append(markup: kind == .bulleted ? "<ul>\n" : "<ol>\n")
            for item in items {
                out.append(markup: "<li>")
                write(item, into: &out)
                out.append(markup: "</li>\n")
            }
            out.append(markup: kind == .bulleted ? "</ul>\n" : "</ol>\n")
        case .table(let table):
            write(table, into: &out)
        case .pageBreak:
            out.append(markup: "<div class=\"page-break\"></div>\n")
        case .keep(let children):
            out.append(markup: "<div class=\"keep\">\n")
            for child in children { write(child, into: &out) }
            out.append(markup: "</div>\n")
        }
    }

    /// Appends a table; short rows are padded with empty cells so every row has the same width.
    private func write(_ table: Table, into out: inout [UInt8]) {
        let columnCount = max(table.columnCount, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else { return }
        let classes = (0..<columnCount).map { column -> StaticString in
            switch table.alignment(ofColumn: column) {
            case .left: return ""
            case .center: return " class=\"center\""
            case .right: return " class=\"right\""
            }
        }
        out.append(markup: table.isForm ? "<table class=\"form\">\n<thead>\n<tr>" : "<table>\n<thead>\n<tr>")
        for column in 0..<columnCount {
            out.append(markup: "<th scope=\"col\"")
            out.append(markup: classes[column])
            out.append(markup: ">")
            if column < table.header.count { write(table.header[column], into: &out) }
            out.append(markup: "</th>")
        }
        out.append(markup: "</tr>\n</thead>\n")
        if !table.rows.isEmpty {
            out.append(markup: "<tbody>\n")
            for row in table.rows {
                out.append(markup: "<tr>")
                for column in 0..<columnCount {
                    out.append(markup: "<td")
                    out.append(markup: classes[column])
                    out.append(markup: ">")
                    if column < row.count { write(row[column], into: &out) }
                    out.append(markup: "</td>")
                }
                out.append(markup: "</tr>\n")
            }
            out.append(markup: "</tbody>\n")
        }
        out.append(markup: "</table>\n")
    }

    /// Appends inline content; text is always escaped, never read as markup.
    func write(_ content: [Inline], into out: inout [UInt8]) {
        for inline in content {
            switch inline {
            case .text(let text):
                HTMLEscaping.append(text, to: &out)
            case .strong(let children):
                out.append(markup: "<strong>")
                write(children, into: &out)
                out.append(markup: "</strong>")
            case .emphasis(let children):
                out.append(markup: "<em>")
                write(children, into: &out)
                out.append(markup: "</em>")
            case .underline(let children):
                out.append(markup: "<u>")
                write(children, into: &out)
                out.append(markup: "</u>")
            case .lineBreak:
                out.append(markup: "<br>")
            }
        }
    }
}
