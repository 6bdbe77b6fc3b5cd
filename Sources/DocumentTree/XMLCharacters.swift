extension String {
    /// The string without the characters XML 1.0 forbids (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE and U+FFFF). HTML and DOCX writers apply it to every value.
    public var removingXMLForbiddenCharacters: String {
        guard unicodeScalars.contains(where: { !$0.isXMLAllowed }) else { return self }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: unicodeScalars.lazy.filter(\.isXMLAllowed))
        return String(scalars)
    }
}

extension Unicode.Scalar {
    /// Whether XML 1.0 allows this character in content (the `Char` production).
    public var isXMLAllowed: Bool {
        switch value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
