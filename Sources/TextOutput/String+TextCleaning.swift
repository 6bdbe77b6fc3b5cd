import DocumentTree

extension String {
    /// The string as it may appear in plain text: carriage returns become line feeds, and every other
    /// control character except tab and line feed (C0, DEL, C1) is removed.
    ///
    /// A form feed is a control character too, so only a page-break block can put one in the output.
    var removingTextControlCharacters: String {
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return self }
        var scalars = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
            case 0x0A:
                if !previousWasReturn { scalars.append(scalar) }
            case 0x09:
                scalars.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

extension Array where Element == Inline {
    /// The inline content as clean plain text: styles dropped, line breaks as `\n`.
    var cleanText: String { plainText.removingTextControlCharacters }
}
