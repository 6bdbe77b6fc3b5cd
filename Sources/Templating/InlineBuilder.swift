import DocumentTree

/// Collects rendered inline content, merging adjacent text so that a paragraph becomes a few
/// `.text` runs rather than one per hole. Text is buffered and flushed once, so building a
/// long paragraph stays linear.
struct InlineBuilder {
    /// What goes between two rendered source lines.
    enum Separator { case space, lineBreak }

    private var inlines: [Inline] = []
    private var text = ""
    /// How many times content was added; lets a caller see whether a line printed anything.
    private(set) var additions = 0
    /// A separator waiting for the next content; dropped if nothing follows.
    var pendingSeparator: Separator?

    /// Whether nothing has been added.
    var isEmpty: Bool { additions == 0 }

    /// Adds template text (never contains a newline).
    mutating func appendLiteral(_ string: String) {
        guard !string.isEmpty else { return }
        begin()
        text += string
    }

    /// Adds a value's text; each line end in it becomes a `.lineBreak`, never markup.
    mutating func appendValue(_ string: String) {
        guard !string.isEmpty else { return }
        begin()
        guard string.contains(where: \.isNewline) else { text += string; return }
        var first = true
        for line in string.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if !first { flushText(); inlines.append(.lineBreak) }
            text += line
            first = false
        }
    }

    /// Adds a finished inline (a styled run or a break).
    mutating func append(_ inline: Inline) {
        begin()
        flushText()
        inlines.append(inline)
    }

    /// The content.
    mutating func finish() -> [Inline] {
        flushText()
        return inlines
    }

    private mutating func begin() {
        additions += 1
        guard let separator = pendingSeparator else { return }
        pendingSeparator = nil
        switch separator {
        case .space: text += " "
        case .lineBreak: flushText(); inlines.append(.lineBreak)
        }
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        inlines.append(.text(text))
        text = ""
    }
}
