import DocumentTree

/// A compiled block: the document structure, fixed at compile time, with holes and controls.
///
/// The node enums are not `indirect`: their children sit in arrays (or in a ``Control``)
/// already, so copying a node while rendering retains its payload once, not a box and then the
/// payload.
enum BlockNode: Sendable {
    /// A heading of level 1–3.
    case heading(level: Int, content: [InlineNode])
    /// A paragraph; `hardBreaks` turns every line end into a line break (address, signature).
    case paragraph(style: ParagraphStyle, hardBreaks: Bool, lines: [LineNode])
    /// One list; its items may be repeated or skipped by controls.
    case list(kind: ListKind, items: [ItemNode])
    /// One table with its header; its body rows may be repeated or skipped by controls.
    case table(header: [[InlineNode]], alignments: [ColumnAlignment], rows: [RowNode])
    /// A page break.
    case pageBreak
    /// `{{#if}}`/`{{#each}}` around whole blocks.
    case control(Control<BlockNode>)
    /// `::: keep`, `::: header` or `::: form` around blocks.
    case group(BlockGroup, [BlockNode])
    /// Blocks that read nothing, already rendered (see ``prerendering(_:)``); never made by the parser.
    case fixed([Block])
}

/// One source line of a paragraph or list item; lines are joined with a space (or a break).
enum LineNode: Sendable {
    /// A line and whether it ended with a backslash (a forced line break).
    case line([InlineNode], hardBreak: Bool)
    /// `{{#if}}`/`{{#each}}` around whole lines of one paragraph.
    case control(Control<LineNode>)
}

/// One item of a list.
enum ItemNode: Sendable {
    /// An item: its first line and continuation lines.
    case item([LineNode])
    /// `{{#if}}`/`{{#each}}` around whole items of one list.
    case control(Control<ItemNode>)
}

/// One body row of a table.
enum RowNode: Sendable {
    /// A row of cells.
    case row([[InlineNode]])
    /// `{{#if}}`/`{{#each}}` around whole rows of one table.
    case control(Control<RowNode>)
}

/// Inline content with holes.
enum InlineNode: Sendable {
    /// Literal template text (escapes resolved).
    case text(String)
    /// A value, always printed as text.
    case hole(Hole)
    /// `**…**`.
    case strong([InlineNode])
    /// `*…*`.
    case emphasis([InlineNode])
    /// `__…__`.
    case underline([InlineNode])
    /// An inline `{{#if}}` or `{{#each}}`.
    case control(Control<InlineNode>)
}

/// A conditional or a loop around children of one kind (blocks, lines, items, rows or inlines).
///
/// A final class of constants rather than an enum: the renderer copies every node it visits, and
/// a node holding one reference copies with one retain, where the enum's branches, bodies and
/// source position were retained (and released) one by one; it also keeps the nodes small. The
/// renderer reads `kind` in place.
final class Control<Child: Sendable>: Sendable {
    /// Which control, with its parts.
    enum Kind: Sendable {
        /// `{{#if}} … {{else if}} … {{else}} … {{/if}}`: the first true branch, else `otherwise`.
        case conditional(branches: [(condition: Expression, body: [Child], position: SourcePosition)], otherwise: [Child])
        /// `{{#each list}} … {{else}} … {{/each}}`: the body once per item, `otherwise` when empty.
        case each(list: ValueReference, position: SourcePosition, body: [Child], otherwise: [Child])
    }

    let kind: Kind

    init(_ kind: Kind) { self.kind = kind }

    /// A conditional control.
    static func conditional(branches: [(condition: Expression, body: [Child], position: SourcePosition)], otherwise: [Child]) -> Control {
        Control(.conditional(branches: branches, otherwise: otherwise))
    }

    /// A loop control.
    static func each(list: ValueReference, position: SourcePosition, body: [Child], otherwise: [Child]) -> Control {
        Control(.each(list: list, position: position, body: body, otherwise: otherwise))
    }
}
