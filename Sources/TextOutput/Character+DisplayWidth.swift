extension Character {
    /// How many terminal columns the character occupies: 2 for East Asian wide and full-width
    /// characters and emoji, 0 for a lone combining or invisible mark, 1 otherwise.
    ///
    /// Tabs are measured by ``String/displayWidth(startingAt:)`` because their width depends on
    /// the column they start in.
    var displayWidth: Int {
        if let ascii = asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
        let scalars = unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.properties.isEmojiPresentation { return 2 }
        if first.properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }
        if first.isEastAsianWide { return 2 }
        if scalars.allSatisfy(\.isZeroWidth) { return 0 }
        return 1
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is East Asian Wide or Fullwidth (UAX #11), by its main ranges.
    ///
    /// A table of ranges rather than the full property because Swift's standard library does not
    /// expose East Asian Width; the ranges cover Hangul, CJK, kana, full-width forms and the
    /// supplementary ideograph planes, which is what real names and addresses contain.
    var isEastAsianWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1B000...0x1B2FF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Whether the scalar takes no column of its own (combining marks, joiners, format controls).
    var isZeroWidth: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return value == 0x200B
        }
    }
}

extension StringProtocol {
    /// The width of the string in terminal columns when it starts at column `start`; a tab runs to
    /// the next multiple of eight.
    func displayWidth(startingAt start: Int = 0) -> Int {
        // Most letters are printable ASCII: one column per byte, no grapheme breaking needed.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
        var column = start
        for character in self {
            if character == "\t" {
                column += 8 - column % 8
            } else {
                column += character.displayWidth
            }
        }
        return column - start
    }
}
