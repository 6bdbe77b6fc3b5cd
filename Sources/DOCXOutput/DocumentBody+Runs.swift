import DocumentTree

/// The character formatting inherited from enclosing strong, emphasis and underline inlines.
struct RunFormat {
    var bold = false
    var italic = false
    var underline = false

    func with(_ flag: WritableKeyPath<RunFormat, Bool>) -> RunFormat {
        var copy = self
        copy[keyPath: flag] = true
        return copy
    }
}

extension DocumentBody {
    /// One run of text. Tabs and line ends inside a value become `w:tab` and `w:br`, so a value
    /// with a newline stays a line break rather than collapsing to a space.
    mutating func run(_ text: String, format: RunFormat) {
        var clean = text.removingXMLForbiddenCharacters
        guard !clean.isEmpty else { return }
        out.raw("<w:r>")
        runProperties(format)
        clean.withUTF8 { utf8 in
            var start = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte <= 0x0D, byte == 0x09 || byte == 0x0A || byte == 0x0D else { continue }
                textElement(utf8, start..<index)
                if byte == 0x09 {
                    out.raw("<w:tab/>")
                } else if !(byte == 0x0A && index > 0 && utf8[index - 1] == 0x0D) {
                    out.raw("<w:br/>")  // CR, LF or CRLF: one break
                }
                start = index + 1
            }
            textElement(utf8, start..<utf8.count)
        }
        out.raw("</w:r>")
    }

    /// Character styles where one applies (`Strong`, `Emphasis`); a run that is both bold and
    /// italic, or underlined, needs the rest as direct formatting since a run has one style.
    private mutating func runProperties(_ format: RunFormat) {
        guard format.bold || format.italic || format.underline else { return }
        out.raw("<w:rPr>")
        if format.bold {
            out.raw("<w:rStyle w:val=\"")
            out.raw(StyleID.strong)
            out.raw("\"/>")
            if format.italic { out.raw("<w:i/><w:iCs/>") }
        } else if format.italic {
            out.raw("<w:rStyle w:val=\"")
            out.raw(StyleID.emphasis)
            out.raw("\"/>")
        }
        if format.underline { out.raw("<w:u w:val=\"single\"/>") }
        out.raw("</w:rPr>")
    }

    /// `w:t` for a stretch of cleaned UTF-8; `xml:space="preserve"` when Word would otherwise
    /// drop leading, trailing or doubled spaces.
    private mutating func textElement(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        var preserve = utf8[range.lowerBound] == 0x20 || utf8[range.upperBound - 1] == 0x20
        if !preserve {
            var previous: UInt8 = 0
            for index in range {
                let byte = utf8[index]
                if byte == 0x20, previous == 0x20 { preserve = true; break }
                previous = byte
            }
        }
        out.raw(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>")
        out.escaped(utf8, range)
        out.raw("</w:t>")
    }
}
