/// A table with a header row and body rows of inline cells.
public struct Table: Sendable, Hashable {
    /// The header row: one cell per column.
    public var header: [[Inline]]
    /// The body rows; each row has one cell per column.
    public var rows: [[[Inline]]]
    /// The alignment of each column; shorter than the header means `.left` for the rest.
    public var alignments: [ColumnAlignment]
    /// A form to write on by hand: full page width, body rows tall enough for handwriting
    /// (``writeInRowHeight``).
    public var isForm: Bool

    /// Creates a table.
    public init(header: [[Inline]], rows: [[[Inline]]], alignments: [ColumnAlignment] = [], isForm: Bool = false) {
        self.header = header
        self.rows = rows
        self.alignments = alignments
        self.isForm = isForm
    }

    /// The least height of a form's body row, in points (0.4 in).
    public static let writeInRowHeight = 29

    /// The number of columns (the header's width).
    public var columnCount: Int { header.count }

    /// The alignment of column `index`, `.left` when not given.
    public func alignment(ofColumn index: Int) -> ColumnAlignment {
        index < alignments.count ? alignments[index] : .left
    }
}

/// How a table column's content is aligned.
public enum ColumnAlignment: String, Sendable, Hashable {
    /// Flush left (text).
    case left
    /// Centred.
    case center
    /// Flush right (amounts).
    case right
}
