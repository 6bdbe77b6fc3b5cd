import DocumentTree

extension HTMLWriter {
    /// Appends one block, on its own line(s), to `out`.
    func write(_ block: Block, into out: inout String) {
        switch block {
        case .heading(let level, let content):
            let tag = "h\(min(max(level, 1), 3))"
            out += "<\(tag)>"
            write(content, into: &out)
            out += "</\(tag)>\n"
        case .paragraph(let style, let content):
            out += style == .body ? "<p>" : "<p class=\"\(style.rawValue)\">"
            write(content, into: &out)
            out += "</p>\n"
        case .list(let kind, let items):
            let tag = kind == .bulleted ? "ul" : "ol"
            out += "<\(tag)>\n"
            for item in items {
                out += "<li>"
                write(item, into: &out)
                out += "</li>\n"
            }
            out += "</\(tag)>\n"
        case .table(let table):
            write(table, into: &out)
        case .pageBreak:
            out += "<div class=\"page-break\"></div>\n"
        }
    }

    /// Appends a table; short rows are padded with empty cells so every row has the same width.
    private func write(_ table: Table, into out: inout String) {
        let columnCount = max(table.columnCount, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else { return }
        let classes = (0..<columnCount).map { column -> String in
            switch table.alignment(ofColumn: column) {
            case .left: return ""
            case .center: return " class=\"center\""
            case .right: return " class=\"right\""
            }
        }
        out += "<table>\n<thead>\n<tr>"
        for column in 0..<columnCount {
            out += "<th scope=\"col\"\(classes[column])>"
            if column < table.header.count { write(table.header[column], into: &out) }
            out += "</th>"
        }
        out += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows {
                out += "<tr>"
                for column in 0..<columnCount {
                    out += "<td\(classes[column])>"
                    if column < row.count { write(row[column], into: &out) }
                    out += "</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table>\n"
    }

    /// Appends inline content; text is always escaped, never read as markup.
    func write(_ content: [Inline], into out: inout String) {
        for inline in content {
            switch inline {
            case .text(let text):
                out.appendEscaped(text)
            case .strong(let children):
                out += "<strong>"
                write(children, into: &out)
                out += "</strong>"
            case .emphasis(let children):
                out += "<em>"
                write(children, into: &out)
                out += "</em>"
            case .underline(let children):
                out += "<u>"
                write(children, into: &out)
                out += "</u>"
            case .lineBreak:
                out += "<br>"
            }
        }
    }
}
