extension String {
    /// The string without the characters XML 1.0 forbids (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE and U+FFFF). HTML and DOCX writers apply it to every value.
    public var removingXMLForbiddenCharacters: String {
        // Writers clean every run of text, and almost none holds a forbidden character: decide
        // that from the UTF-8 bytes, and hand the string back unchanged (no copy) when so.
        guard utf8.withContiguousStorageIfAvailable(Self.mayHoldXMLForbiddenCharacters) ?? true else { return self }
        guard unicodeScalars.contains(where: { !$0.isXMLAllowed }) else { return self }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: unicodeScalars.lazy.filter(\.isXMLAllowed))
        return String(scalars)
    }
}

extension String {
    /// False only when the UTF-8 holds no forbidden character: no C0 control other than tab, line
    /// feed and carriage return, and no `EF BF BE`/`EF BF BF` (U+FFFE, U+FFFF). Lets a writer that
    /// already holds a string's bytes write them in place when they need no cleaning.
    public static func mayHoldXMLForbiddenCharacters(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in utf8 where byte < 0x20 || byte == 0xEF {
            if byte == 0xEF || (byte != 0x09 && byte != 0x0A && byte != 0x0D) { return true }
        }
        return false
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
