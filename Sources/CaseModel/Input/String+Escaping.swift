extension String {
    /// The text with control, line-separator and bidi-control characters written as `\u{1B}` and
    /// the like, so that a value echoed in a message cannot move the cursor, recolour or reorder
    /// a terminal (a case file is untrusted input; its values end up on stderr).
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: \.isControlOrFormatting) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if scalar.isControlOrFormatting {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Unicode.Scalar {
    /// C0 and C1 controls, DEL, the line and paragraph separators, bidi controls and the BOM.
    var isControlOrFormatting: Bool {
        switch value {
        case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0xFEFF: return true
        default: return false
        }
    }
}
