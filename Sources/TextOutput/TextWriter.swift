import DocumentTree

/// Writes a ``Document`` as plain UTF-8 text with LF line ends: what a person would paste into an
/// email or print on a plain printer.
///
/// Layout:
/// - Lines are at most ``width`` display columns (East Asian wide characters and emoji count as
///   two); lines break between words, and inside a word only when the word alone is too long.
/// - One blank line separates blocks. A level-1 heading is underlined with `=`, level 2 with `-`,
///   level 3 is plain. Line breaks and newlines in values are kept as line breaks, so address,
///   date and signature lines stay on their own lines.
/// - Bulleted items start with `- `, numbered items with `1. ` (numbers right-aligned to the
///   widest), and wrapped lines hang under the item's text.
/// - Tables are aligned in columns under a line of dashes, honouring each column's alignment;
///   cells wrap inside their columns when the table would be wider than the page.
/// - A page break is a form feed (U+000C) alone on a line, which printers and `pr` treat as
///   "start a new page"; the next block follows it directly so the new page does not open with
///   a blank line.
/// - Strong, emphasis and underline come out as their plain text: no markup is invented, and
///   values appear literally (`**bold**` stays `**bold**`). Control characters other than tab
///   and line feed are removed from values, so a form feed can only come from a page break.
/// - The output ends with exactly one newline, and the same document always gives the same text.
public struct TextWriter: Sendable {
    /// The narrowest width honoured; smaller requests are raised to it so markers and columns fit.
    public static let minimumWidth = 20

    /// The maximum line width in display columns.
    public let width: Int

    /// Creates a writer that wraps lines at `width` display columns (at least ``minimumWidth``).
    public init(width: Int = 78) {
        self.width = max(width, Self.minimumWidth)
    }

    /// The document as text, ending with a single newline.
    public func write(_ document: Document) -> String {
        var out = ""
        out.reserveCapacity(4096)
        var startOfPage = true
        for block in document.blocks {
            if case .pageBreak = block {
                if !startOfPage { out += "\n" }
                out += "\u{0C}\n"
                startOfPage = true
                continue
            }
            let lines = Self.trimmingBlankLines(lines(for: block))
            guard !lines.isEmpty else { continue }
            if !startOfPage { out += "\n" }
            for line in lines {
                out += line
                out += "\n"
            }
            startOfPage = false
        }
        return out.isEmpty ? "\n" : out
    }

    /// The lines of one block, without the blank line that separates it from the next.
    func lines(for block: Block) -> [String] {
        switch block {
        case .heading(let level, let content):
            return headingLines(level: level, text: content.cleanText)
        case .paragraph(_, let content):
            // Every paragraph style wraps the same way: newlines are kept, long lines wrap.
            return LineWrapper(width: width).wrap(content.cleanText)
        case .list(let kind, let items):
            return listLines(kind: kind, items: items)
        case .table(let table):
            return TextTable(table, width: width).lines
        case .pageBreak:
            return ["\u{0C}"]
        }
    }

    private func headingLines(level: Int, text: String) -> [String] {
        var lines = Self.trimmingBlankLines(LineWrapper(width: width).wrap(text))
        guard !lines.isEmpty else { return [] }
        let rule: Character? = level <= 1 ? "=" : level == 2 ? "-" : nil
        if let rule {
            let length = lines.map { $0.displayWidth() }.max() ?? 0
            lines.append(String(repeating: rule, count: length))
        }
        return lines
    }

    private func listLines(kind: ListKind, items: [[Inline]]) -> [String] {
        let numberWidth = String(items.count).count
        let markerWidth = kind == .bulleted ? 2 : numberWidth + 2
        let hanging = String(repeating: " ", count: markerWidth)
        let wrapper = LineWrapper(width: width - markerWidth, startColumn: markerWidth)
        var lines: [String] = []
        for (index, item) in items.enumerated() {
            let marker: String
            switch kind {
            case .bulleted:
                marker = "- "
            case .numbered:
                let number = "\(index + 1)."
                marker = String(repeating: " ", count: numberWidth + 1 - number.count) + number + " "
            }
            for (lineIndex, line) in wrapper.wrap(item.cleanText).enumerated() {
                if lineIndex == 0 {
                    lines.append((marker + line).trimmingTrailingSpaces)
                } else {
                    lines.append(line.isEmpty ? "" : hanging + line)
                }
            }
        }
        return lines
    }

    /// `lines` without the empty lines at its start and end, which would double the block gap.
    static func trimmingBlankLines(_ lines: [String]) -> [String] {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }),
            let last = lines.lastIndex(where: { !$0.isEmpty })
        else { return [] }
        return Array(lines[first...last])
    }
}
