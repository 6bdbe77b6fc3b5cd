/// Greedy word wrapping by display width.
///
/// Lines break only at spaces and tabs; a word wider than the line is cut between characters, the
/// one case where a break falls inside a word. Every `\n` in the text is a hard break, so address
/// and signature lines stay lines. Whitespace at a break is dropped; trailing whitespace never
/// reaches the output.
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
        var lines: [String] = []
        for hardLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrap(hardLine, into: &lines)
        }
        return lines
    }

    private func wrap(_ hardLine: Substring, into lines: inout [String]) {
        let firstOutputLine = lines.count
        var line = ""
        var column = 0

        func place(_ word: Substring, after space: Substring) {
            // Words hold no tabs, so their width does not depend on the column.
            let wordWidth = word.displayWidth()
            if !line.isEmpty {
                let spaceWidth = space.displayWidth(startingAt: startColumn + column)
                if column + spaceWidth + wordWidth <= width {
                    line += space
                    line += word
                    column += spaceWidth + wordWidth
                    return
                }
                lines.append(line)
                line = ""
                column = 0
            } else if lines.count == firstOutputLine, !space.isEmpty {
                // Leading whitespace of a hard line is part of the value; keep it when it fits.
                let spaceWidth = space.displayWidth(startingAt: startColumn)
                if spaceWidth + wordWidth <= width {
                    line = String(space + word)
                    column = spaceWidth + wordWidth
                    return
                }
            }
            if wordWidth <= width {
                line = String(word)
                column = wordWidth
                return
            }
            for character in word {
                let characterWidth = character.displayWidth
                if column + characterWidth > width, !line.isEmpty {
                    lines.append(line)
                    line = ""
                    column = 0
                }
                line.append(character)
                column += characterWidth
            }
        }

        // Spaces and tabs are single bytes that never occur inside a multi-byte UTF-8 sequence, so
        // scanning bytes finds the same breaks as scanning characters, much faster.
        let bytes = hardLine.utf8
        var index = bytes.startIndex
        var spaceStart = index
        while index < bytes.endIndex {
            let wordStart = bytes[index...].firstIndex { $0 != 0x20 && $0 != 0x09 } ?? bytes.endIndex
            guard wordStart < bytes.endIndex else { break }
            var wordEnd = bytes[wordStart...].firstIndex { $0 == 0x20 || $0 == 0x09 } ?? bytes.endIndex
            // A section sign stays with its number: "15 U.S.C. §" never ends a line before "1692c".
            if hardLine[wordStart..<wordEnd].allSatisfy({ $0 == "§" }),
               let next = bytes[wordEnd...].firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) {
                wordEnd = bytes[next...].firstIndex { $0 == 0x20 || $0 == 0x09 } ?? bytes.endIndex
            }
            place(hardLine[wordStart..<wordEnd], after: hardLine[spaceStart..<wordStart])
            index = wordEnd
            spaceStart = wordEnd
        }
        if !line.isEmpty || lines.count == firstOutputLine { lines.append(line) }
    }
}
