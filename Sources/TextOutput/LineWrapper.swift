/// Greedy word wrapping by display width.
///
/// Lines break only at spaces and tabs; a word wider than the line is cut between characters, the
/// one case where a break falls inside a word. Every `\n` in the text is a hard break, so address
/// and signature lines stay lines. Whitespace at a break is dropped; trailing whitespace never
/// reaches the output.
///
/// The wrapper works on the UTF-8 bytes of text already cleaned of control characters (no `\r`),
/// and every line it makes is a contiguous run of those bytes, so it reports byte ranges instead
/// of building strings: the writers copy each line once, straight into their output.
struct LineWrapper {
    /// The columns available for content, at least 1.
    let width: Int
    /// The output column where content starts, so that tab stops land where a terminal puts them.
    let startColumn: Int

    init(width: Int, startColumn: Int = 0) {
        self.width = max(width, 1)
        self.startColumn = startColumn
    }

    /// The text broken into lines no wider than `width` (one empty line for empty text).
    func wrap(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            appendLineRanges(of: bytes, to: &ranges)
            return ranges.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// Appends the byte range of each line of `bytes` to `lines` (one empty range for empty text).
    func appendLineRanges(of bytes: UnsafeBufferPointer<UInt8>, to lines: inout [Range<Int>]) {
        var start = 0
        while true {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            wrap(start..<end, of: bytes, into: &lines)
            guard end < bytes.count else { return }
            start = end + 1
        }
    }

    private func wrap(_ hardLine: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, into lines: inout [Range<Int>]) {
        let firstOutputLine = lines.count
        // The line being filled is bytes[lineStart..<lineEnd]; it is empty when the two meet.
        var lineStart = hardLine.lowerBound
        var lineEnd = lineStart
        var column = 0

        func place(_ word: Range<Int>, isPrintableASCII: Bool, after space: Range<Int>) {
            let wordWidth = isPrintableASCII ? word.count : bytes.displayWidth(of: word)
            if lineStart < lineEnd {
                let spaceWidth = bytes.blankWidth(of: space, startingAt: startColumn + column)
                if column + spaceWidth + wordWidth <= width {
                    lineEnd = word.upperBound
                    column += spaceWidth + wordWidth
                    return
                }
                lines.append(lineStart..<lineEnd)
                column = 0
            } else if lines.count == firstOutputLine, !space.isEmpty {
                // Leading whitespace of a hard line is part of the value; keep it when it fits.
                let spaceWidth = bytes.blankWidth(of: space, startingAt: startColumn)
                if spaceWidth + wordWidth <= width {
                    lineStart = space.lowerBound
                    lineEnd = word.upperBound
                    column = spaceWidth + wordWidth
                    return
                }
            }
            if wordWidth <= width {
                lineStart = word.lowerBound
                lineEnd = word.upperBound
                column = wordWidth
                return
            }
            lineStart = word.lowerBound
            lineEnd = lineStart
            bytes.forEachCharacter(in: word) { character, characterWidth in
                if column + characterWidth > width, lineStart < lineEnd {
                    lines.append(lineStart..<lineEnd)
                    lineStart = character.lowerBound
                    column = 0
                }
                lineEnd = character.upperBound
                column += characterWidth
            }
        }

        // Spaces and tabs are single bytes that never occur inside a multi-byte UTF-8 sequence, so
        // scanning bytes finds the same breaks as scanning characters, much faster.
        var index = hardLine.lowerBound
        let end = hardLine.upperBound
        while index < end {
            var wordStart = index
            while wordStart < end, bytes[wordStart].isBlank { wordStart += 1 }
            guard wordStart < end else { break }
            var wordEnd = wordStart
            // Whether the word is all printable ASCII (one column a byte), learnt on the way.
            var isPrintableASCII = true
            while wordEnd < end, !bytes[wordEnd].isBlank {
                isPrintableASCII = isPrintableASCII && bytes[wordEnd].isPrintableASCII
                wordEnd += 1
            }
            // A section sign stays with its number: "15 U.S.C. §" never ends a line before "1692c".
            if !isPrintableASCII, bytes.isSectionSigns(wordStart..<wordEnd) {
                var next = wordEnd
                while next < end, bytes[next].isBlank { next += 1 }
                if next < end {
                    wordEnd = next
                    while wordEnd < end, !bytes[wordEnd].isBlank { wordEnd += 1 }
                }
            }
            place(wordStart..<wordEnd, isPrintableASCII: isPrintableASCII, after: index..<wordStart)
            index = wordEnd
        }
        if lineStart < lineEnd || lines.count == firstOutputLine { lines.append(lineStart..<lineEnd) }
    }
}

extension UInt8 {
    /// Whether the byte is a space or a tab, the only places a line may break.
    var isBlank: Bool { self == 0x20 || self == 0x09 }
}
