// Byte tests for the ASCII fast paths of the parsers. In ASCII text every byte is one character
// (except "\r\n", which none of these tests accepts either way), so a test on bytes gives the same
// answer as the `Character` test it replaces, without looking characters up in the Unicode tables.

extension UInt8 {
    /// Whether the byte is one of `0`…`9` in ASCII.
    var isASCIIDigit: Bool { self &- UInt8(ascii: "0") < 10 }

    /// Whether the byte is an ASCII letter, `A`…`Z` or `a`…`z`.
    var isASCIILetter: Bool { (self | 0x20) &- UInt8(ascii: "a") < 26 }

    /// An ASCII byte that is not whitespace: as the first byte of a string, its first character is
    /// not whitespace; as the last byte, neither is its last character (no whitespace combines
    /// before an ASCII character in a grapheme cluster).
    var isASCIIText: Bool { self < 0x80 && self != 0x20 && !(0x09...0x0D).contains(self) }
}

extension Character {
    /// Whether the character is one of `0`…`9`.
    ///
    /// By its ASCII value rather than `isASCII && isNumber`, which looks the character up in the
    /// Unicode tables (a visible cost in perf for a batch). "\r\n" has the ASCII value of "\n".
    var isASCIIDigit: Bool { asciiValue?.isASCIIDigit ?? false }
}

extension String {
    /// Whether every character is ASCII, so that the byte tests above may stand for character tests.
    var isASCIIOnly: Bool {
        let bytes = utf8.span
        for i in bytes.indices where bytes[i] >= 0x80 { return false }
        return true
    }

    /// The first and last UTF-8 bytes; nil for the empty string.
    ///
    /// Read through `utf8.span` (safe, bounds-checked, no copy): every value read asks, and the
    /// generic index walk behind `utf8.last` cost several times more (callgrind).
    var utf8Ends: (first: UInt8, last: UInt8)? {
        let bytes = utf8.span
        guard !bytes.isEmpty else { return nil }
        return (bytes[0], bytes[bytes.count - 1])
    }
}

extension Span<UInt8> {
    /// Whether the `count` bytes from `start` are the `count` bytes of `other` from `otherStart`,
    /// compared eight at a time while eight remain (keys are matched against the schema this way).
    func bytesEqual(_ start: Int, _ other: Span<UInt8>, _ otherStart: Int, count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            let a = bytes.unsafeLoadUnaligned(fromByteOffset: start + offset, as: UInt64.self)
            let b = other.bytes.unsafeLoadUnaligned(fromByteOffset: otherStart + offset, as: UInt64.self)
            if a != b { return false }
            offset += 8
        }
        while offset < count {
            if self[start + offset] != other[otherStart + offset] { return false }
            offset += 1
        }
        return true
    }
}
