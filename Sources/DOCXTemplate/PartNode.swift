import LibXML

/// One piece of a compiled part, between its block tags.
enum PartNode: Sendable {
    /// Content copied as is: a paragraph without tags, section properties, whitespace.
    case verbatim(XMLNode)
    /// A paragraph with tags.
    case paragraph(ParagraphTemplate)
    /// An element holding paragraphs, rows or cells (a body, table, row, cell, content control),
    /// with its compiled content in place of its children.
    case container(XMLElement, [Structured<PartNode>])
}
