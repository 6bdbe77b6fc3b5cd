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
        String(decoding: utf8(document), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``write(_:)``'s text, for a caller that stores bytes: it skips making
    /// (and validating) a String only to take its bytes back out.
    public func utf8(_ document: Document) -> [UInt8] {
        var output = TextOutputBuffer(width: width)
        for block in document.blocks {
            output.append(block)
        }
        return output.utf8
    }
}
