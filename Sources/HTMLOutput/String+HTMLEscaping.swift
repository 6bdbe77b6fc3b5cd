import DocumentTree

extension String {
    /// The string as HTML text or attribute content, escaped by ``appendEscaped(_:)``: every
    /// page Redress writes (documents and the packet index) goes through this one escaper.
    public var htmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        out.appendEscaped(self)
        return out
    }

    /// Appends `value` to the string as HTML text or attribute content: `& < > " '` become
    /// character references and characters that XML forbids or that HTML parsers report as errors
    /// (controls, DEL, C1 controls, noncharacters) are removed.
    ///
    /// The one escaper serves text and attributes alike, so no value can end an attribute or start
    /// an element whichever place it is written to. It works on Unicode scalars, not Characters: a
    /// grapheme cluster such as `<` + U+0338 still starts with a markup character.
    mutating func appendEscaped(_ value: String) {
        guard value.utf8.contains(where: Self.mayNeedEscaping) else {
            self += value
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": self += "&amp;"
            case "<": self += "&lt;"
            case ">": self += "&gt;"
            case "\"": self += "&quot;"
            case "'": self += "&#39;"
            default:
                if scalar.isHTMLAllowed { unicodeScalars.append(scalar) }
            }
        }
    }

    /// Whether a UTF-8 byte may start something the escaper changes: a markup character, a
    /// control, or the lead byte of a C1 control (`C2`) or a noncharacter (`EF`, `F0`–`F4`).
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x7F, 0xC2, 0xEF, 0xF0...0xF4: return true
        case 0x09, 0x0A, 0x0D: return false
        default: return byte < 0x20
        }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar may appear in the HTML output: allowed by XML 1.0 and not a DEL, a C1
    /// control or a noncharacter, which the HTML parser reports as errors.
    var isHTMLAllowed: Bool {
        guard isXMLAllowed else { return false }
        switch value {
        case 0x7F...0x9F, 0xFDD0...0xFDEF: return false
        default: return value & 0xFFFE != 0xFFFE
        }
    }
}
