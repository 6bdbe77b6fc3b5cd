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
    ///
    /// A line end is any character `Character.isNewline` accepts: U+000A–U+000D, U+0085
    /// (`C2 85`), U+2028 or U+2029 (`E2 80 A8`, `E2 80 A9`), with CR LF as one. Each of these is
    /// always a grapheme cluster of its own, so finding them in the UTF-8 bytes splits exactly
    /// where the characters would, without the cost of grapheme breaking.
    mutating func appendValue(_ string: String) {
        guard !string.isEmpty else { return }
        begin()
        // Nearly every value is one line: find that out from the bytes in place, without copying
        // the string to reach them.
        let ends =
            string.utf8.withContiguousStorageIfAvailable(Self.lineEnds)
            ?? {
                var copy = string
                return copy.withUTF8(Self.lineEnds)
            }()
        guard !ends.isEmpty else { text += string; return }
        let utf8 = string.utf8
        var lineStart = 0
        for end in ends {
            text += string[utf8.index(utf8.startIndex, offsetBy: lineStart)..<utf8.index(utf8.startIndex, offsetBy: end.lowerBound)]
            flushText()
            add(.lineBreak)
            lineStart = end.upperBound
        }
        text += string[utf8.index(utf8.startIndex, offsetBy: lineStart)...]
    }

    /// Adds text items as lines with a `.lineBreak` between each: the same content as
    /// `appendValue` gives for the items joined with line feeds, since no item holds a line end
    /// (one would split there, and a trailing CR would pair with the feed after it). Returns
    /// false, having added nothing, when an item is not text or holds a line end.
    mutating func appendLines(_ items: [TemplateValue]) -> Bool {
        for item in items {
            guard case .string(let text) = item,
                text.utf8.withContiguousStorageIfAvailable({ Self.lineEnds($0).isEmpty }) == true
            else { return false }
        }
        for index in items.indices {
            if index > 0 { append(.lineBreak) }
            if case .string(let text) = items[index] { appendValue(text) }
        }
        return true
    }

    /// The byte ranges of the line ends in `bytes`, in order (none for a one-line value).
    private static func lineEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ends: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var length = 0
            if byte >= 0x0A, byte <= 0x0D {
                length = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 {
                length = 2
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
            {
                length = 3
            }
            guard length > 0 else { index += 1; continue }
            ends.append(index..<index + length)
            index += length
        }
        return ends
    }

    /// Adds a finished inline (a styled run or a break).
    mutating func append(_ inline: Inline) {
        begin()
        flushText()
        add(inline)
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
        case .lineBreak: flushText(); add(.lineBreak)
        }
    }

    /// Appends to the content; the first append makes room for a few, since an address or a
    /// styled line grows one element at a time and would otherwise reallocate at 1, 2 and 4.
    private mutating func add(_ inline: Inline) {
        if inlines.capacity == 0 { inlines.reserveCapacity(8) }
        inlines.append(inline)
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        add(.text(text))
        text = ""
    }
}
