import DocumentTree

/// The character formatting inherited from enclosing strong, emphasis and underline inlines.
struct RunFormat {
    var bold = false
    var italic = false
    var underline = false

    /// The format with bold added.
    var bolded: RunFormat { var copy = self; copy.bold = true; return copy }
    /// The format with italic added.
    var italicized: RunFormat { var copy = self; copy.italic = true; return copy }
    /// The format with underline added.
    var underlined: RunFormat { var copy = self; copy.underline = true; return copy }
}

extension DocumentBody {
    /// One run of text. Tabs and line ends inside a value become `w:tab` and `w:br`, so a value
    /// with a newline stays a line break rather than collapsing to a space.
    mutating func run(_ text: String, format: RunFormat) {
        // Almost no text holds a character XML forbids: write such text from its own bytes, and
        // make the cleaned copy only for the rare run whose scan finds one.
        let written = text.utf8.withContiguousStorageIfAvailable { run($0, format: format, cleaned: false) }
        guard written != true else { return }
        var clean = text.removingXMLForbiddenCharacters
        clean.withUTF8 { _ = run($0, format: format, cleaned: true) }
    }

    /// A run of UTF-8, split at tabs and line ends in one pass that also notes, for each stretch
    /// between them, whether it needs `xml:space="preserve"` and whether it needs escaping: most
    /// stretches need neither and are copied whole. Unless the text is `cleaned` already, returns
    /// false, having written nothing, when it may hold a character XML forbids (a C0 control, or
    /// U+FFFE/U+FFFF, which begin with `EF`).
    private mutating func run(_ utf8: UnsafeBufferPointer<UInt8>, format: RunFormat, cleaned: Bool) -> Bool {
        guard !utf8.isEmpty else { return true }
        let mark = out.count
        // `<w:r>` and the properties go out at the first tab or line end; a run without one (nearly
        // all) is written at the end with its start and end tags joined, in fewer appends.
        var opened = false
        var start = 0
        var doubledSpace = false, special = false
        var index = -1
        while index + 1 < utf8.count {
            index += 1
            // Sixteen bytes at a time while they need no look, which is most of any text.
            while index >= 1, index + 16 <= utf8.count, Self.needNoLook(utf8, at: index) { index += 16 }
            guard index < utf8.count else { break }
            let byte = utf8[index]
            // Spaces, controls and the five XML specials are all below "?" (0x3F); of the bytes
            // above it only EF, which leads U+FFFE and U+FFFF, needs a look.
            guard byte < 0x3F else {
                if byte == 0xEF, !cleaned { out.truncate(to: mark); return false }
                continue
            }
            switch byte {
            case 0x20:
                if index > start, utf8[index - 1] == 0x20 { doubledSpace = true }
            case 0x09, 0x0A, 0x0D:
                if !opened {
                    out.raw("<w:r>")
                    runProperties(format)
                    opened = true
                }
                textElement(utf8, start..<index, doubledSpace: doubledSpace, special: special)
                if byte == 0x09 {
                    out.raw("<w:tab/>")
                } else if !(byte == 0x0A && index > 0 && utf8[index - 1] == 0x0D) {
                    out.raw("<w:br/>")  // CR, LF or CRLF: one break
                }
                start = index + 1
                doubledSpace = false
                special = false
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                special = true
            case ..<0x20 where !cleaned:
                out.truncate(to: mark)
                return false
            default:
                break
            }
        }
        let rest = start..<utf8.count
        if opened || format.bold || format.italic || format.underline {
            if !opened {
                out.raw("<w:r>")
                runProperties(format)
            }
            textElement(utf8, rest, doubledSpace: doubledSpace, special: special)
            out.raw("</w:r>")
        } else {
            // One plain stretch (rest is the whole text, so not empty).
            out.raw(preserves(utf8, rest, doubledSpace: doubledSpace) ? "<w:r><w:t xml:space=\"preserve\">" : "<w:r><w:t>")
            characters(utf8, rest, special: special)
            out.raw("</w:t></w:r>")
        }
        return true
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

    /// `w:t` for a stretch of cleaned UTF-8 holding no tab or line end; `doubledSpace` and
    /// `special` (an XML special inside) come from the scan that found the stretch.
    private mutating func textElement(
        _ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        doubledSpace: Bool, special: Bool
    ) {
        guard !range.isEmpty else { return }
        out.raw(preserves(utf8, range, doubledSpace: doubledSpace) ? "<w:t xml:space=\"preserve\">" : "<w:t>")
        characters(utf8, range, special: special)
        out.raw("</w:t>")
    }

    /// Whether a non-empty stretch needs `xml:space="preserve"`: Word would otherwise drop its
    /// leading, trailing or doubled spaces.
    private func preserves(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, doubledSpace: Bool) -> Bool {
        doubledSpace || utf8[range.lowerBound] == 0x20 || utf8[range.upperBound - 1] == 0x20
    }

    /// The stretch's characters, escaped only when the scan saw an XML special in it.
    private mutating func characters(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, special: Bool) {
        if special { out.escaped(utf8, range) } else { out.verbatim(utf8, range) }
    }
}

extension DocumentBody {
    /// Whether the 16 bytes at `index` need nothing of the run scan: no control, no XML special,
    /// no `EF`, and no space right after a space (the byte before them counts, so `index` is at
    /// least 1). Lets the scan pass over plain text a vector at a time, the one place that reads
    /// the bytes through a raw pointer; the loads are checked against the buffer's bounds first.
    @inline(__always)
    static func needNoLook(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        precondition(index >= 1 && index + 16 <= utf8.count)
        let raw = UnsafeRawPointer(utf8.baseAddress! + index)
        let bytes = raw.loadUnaligned(as: SIMD16<UInt8>.self)
        let previous = raw.loadUnaligned(fromByteOffset: -1, as: SIMD16<UInt8>.self)
        let space = SIMD16<UInt8>(repeating: 0x20)
        var look = bytes .< space
        look .|= bytes .== SIMD16(repeating: UInt8(ascii: "&"))
        look .|= bytes .== SIMD16(repeating: UInt8(ascii: "<"))
        look .|= bytes .== SIMD16(repeating: UInt8(ascii: ">"))
        look .|= bytes .== SIMD16(repeating: UInt8(ascii: "\""))
        look .|= bytes .== SIMD16(repeating: UInt8(ascii: "'"))
        look .|= bytes .== SIMD16(repeating: 0xEF)
        look .|= (bytes .== space) .& (previous .== space)
        return !any(look)
    }
}
