import DocumentTree

extension Block {
    /// The block with its tables (also inside a keep) marked as forms to write on.
    var asForm: Block {
        switch self {
        case .table(var table):
            table.isForm = true
            return .table(table)
        case .keep(let children): return .keep(children.map(\.asForm))
        default: return self
        }
    }

    /// The block as lines of a continuation header: a paragraph's or heading's plain text.
    var headerLine: String? {
        switch self {
        case .paragraph(_, let content), .heading(_, let content): return content.plainText
        case .keep(let children): return children.compactMap(\.headerLine).joined(separator: "\n")
        default: return nil
        }
    }
}
