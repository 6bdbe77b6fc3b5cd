/// One line of template text, scanned into literal text and tags.
///
/// After partials are expanded a line may hold pieces from several files; each piece keeps its
/// own position so that errors still point into the file that holds it.
struct TemplateLine: Sendable {
    /// One run of literal text (escapes still in it) or one tag.
    enum Piece: Sendable {
        /// Literal template text, with backslash escapes not yet resolved.
        case text([Character], SourcePosition)
        /// A parsed tag at its `{{`.
        case tag(Tag, SourcePosition)

        /// Where the piece starts.
        var position: SourcePosition {
            switch self {
            case .text(_, let p), .tag(_, let p): return p
            }
        }

        /// Whether the piece is text made only of spaces and tabs.
        var isBlankText: Bool {
            if case .text(let chars, _) = self { return chars.allSatisfy(\.isWhitespace) }
            return false
        }
    }

    /// The pieces, left to right.
    var pieces: [Piece]
    /// The start of the line (column 1 of the line that holds its first piece).
    var position: SourcePosition

    /// The only non-blank piece if it is a tag and everything else is blank text or comments:
    /// such a line is "standalone" and vanishes with its tag.
    var standaloneTag: (Tag, SourcePosition)? {
        var found: (Tag, SourcePosition)?
        for piece in pieces {
            switch piece {
            case .text where piece.isBlankText: continue
            case .tag(.comment, _): continue
            case .tag(let tag, let position) where found == nil: found = (tag, position)
            default: return nil
            }
        }
        return found
    }

    /// Whether the line holds only comments and blank text, with at least one comment.
    var isCommentOnly: Bool {
        var sawComment = false
        for piece in pieces {
            if case .tag(.comment, _) = piece { sawComment = true } else if !piece.isBlankText { return false }
        }
        return sawComment
    }
}
