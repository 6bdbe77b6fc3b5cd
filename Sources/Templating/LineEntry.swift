import DocumentTree

/// What one template line is, structurally, decided from its literal text at compile time.
enum LineEntry: Sendable {
    /// An empty or whitespace-only line: ends the current paragraph, list or table.
    case blank
    /// A block tag alone on its line (the line itself vanishes).
    case control(Tag, SourcePosition)
    /// `::: style` (or `::: keep`…) opens a div; an unknown name has already been reported and reads as body.
    case fenceOpen(Fence, SourcePosition)
    /// `:::` closes a div.
    case fenceClose(SourcePosition)
    /// A line with content; `line` has its marker (`## `, `- `, `1. `) removed.
    case content(Kind, TemplateLine)

    /// Structural kinds of content line.
    enum Kind: Equatable, Sendable {
        case heading(Int), bullet, numbered, row, pageBreak, text
    }

    /// Classifies a line (with its partials already expanded); nil means the line vanishes
    /// (only comments on it).
    static func classify(_ line: TemplateLine, diagnostics: inout [TemplateDiagnostic]) -> LineEntry? {
        if line.pieces.allSatisfy(\.isBlankText) { return .blank }
        if line.isCommentOnly { return nil }
        if let (tag, position) = line.standaloneTag, tag.isBlockTag { return .control(tag, position) }
        guard case .text(let chars, let position)? = line.pieces.first else { return .content(.text, line) }
        let indent = chars.prefix(while: { $0 == " " || $0 == "\t" }).count
        let rest = chars[indent...]
        if line.pieces.count == 1 {
            let trimmed = String(rest).trimmingWhitespace
            if trimmed == "\\pagebreak" { return .content(.pageBreak, line) }
            if trimmed.hasPrefix(":::") {
                let name = String(trimmed.dropFirst(3)).trimmingWhitespace
                if name.isEmpty { return .fenceClose(position.advanced(by: indent)) }
                if let fence = Fence(name: name) { return .fenceOpen(fence, position.advanced(by: indent)) }
                let names = Fence.names
                diagnostics.append(
                    .init(
                        "unknown div style '\(name)'\(Suggestion.hint(for: name, in: names)); styles are \(names.joined(separator: ", "))",
                        at: position.advanced(by: indent + 3 + rest.dropFirst(3).prefix(while: \.isWhitespace).count)))
                return .fenceOpen(.style(.body), position.advanced(by: indent))
            }
        }
        let hashes = rest.prefix(while: { $0 == "#" }).count
        if hashes > 0, rest.count == hashes || rest.dropFirst(hashes).first?.isWhitespace == true {
            if hashes > 3 {
                diagnostics.append(.init("headings go down to level 3 (###); found \(hashes) '#'", at: position.advanced(by: indent)))
            }
            return .content(.heading(min(hashes, 3)), line.droppingPrefix(indent + hashes))
        }
        if rest.first == "-", rest.dropFirst().first?.isWhitespace == true {
            return .content(.bullet, line.droppingPrefix(indent + 2))
        }
        let digits = rest.prefix(while: \.isASCIIDigit).count
        if digits > 0, digits < 10, rest.dropFirst(digits).first == ".", rest.dropFirst(digits + 1).first?.isWhitespace == true {
            return .content(.numbered, line.droppingPrefix(indent + digits + 2))
        }
        if rest.first == "|" { return .content(.row, line) }
        return .content(.text, line)
    }

    /// Whether this is a content line of the given kind.
    func isContent(_ kind: Kind) -> Bool {
        if case .content(let k, _) = self { return k == kind }
        return false
    }

    /// Whether this is a list item line of either kind.
    var isItem: Bool { isContent(.bullet) || isContent(.numbered) }
}
