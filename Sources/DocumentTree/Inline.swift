/// Inline content inside a paragraph, heading, list item or table cell.
public enum Inline: Sendable, Hashable {
    /// Literal text. Writers escape it for their format; it is never parsed as markup.
    case text(String)
    /// Strong importance (bold).
    case strong([Inline])
    /// Emphasis (italic).
    case emphasis([Inline])
    /// Underlined text.
    case underline([Inline])
    /// A line break inside the same paragraph.
    case lineBreak
}

extension Array where Element == Inline {
    /// The plain text of the inline content, with line breaks as `\n`.
    public var plainText: String {
        var out = ""
        for inline in self {
            switch inline {
            case .text(let s): out += s
            case .strong(let c), .emphasis(let c), .underline(let c): out += c.plainText
            case .lineBreak: out += "\n"
            }
        }
        return out
    }
}
