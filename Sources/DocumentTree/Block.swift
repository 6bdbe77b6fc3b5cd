/// A block-level element of a document.
///
/// The set is small and closed on purpose: every case must be handled by all three writers.
public enum Block: Sendable, Hashable {
    /// A heading; `level` is 1 (the document title) to 3.
    case heading(level: Int, content: [Inline])
    /// A paragraph in one of the named letter styles.
    case paragraph(style: ParagraphStyle, content: [Inline])
    /// A bulleted or numbered list; each item is a run of inline content. Numbered lists restart at 1.
    case list(kind: ListKind, items: [[Inline]])
    /// A table with one header row.
    case table(Table)
    /// A hard page break.
    case pageBreak
    /// Blocks printed on one page where they fit: a writer keeps each with the next (the closing,
    /// signature and name with the last paragraph; a notice with what it qualifies).
    case keep([Block])
}

/// The named paragraph styles a writer must know how to lay out.
public enum ParagraphStyle: String, Sendable, Hashable, CaseIterable {
    /// Ordinary body text.
    case body
    /// A postal address block (sender or recipient), lines kept together, no space between lines.
    case address
    /// The date line of a letter.
    case date
    /// The "Re:" subject line of a letter.
    case subject
    /// The signature block.
    case signature
    /// A small-print notice such as "not legal advice".
    case notice
}

/// Whether a list is bulleted or numbered.
public enum ListKind: String, Sendable, Hashable {
    /// Items marked with a bullet.
    case bulleted
    /// Items numbered 1, 2, 3…, restarting at 1 in every list.
    case numbered
}
