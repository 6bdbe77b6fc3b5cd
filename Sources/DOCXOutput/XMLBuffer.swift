import DocumentTree

/// An append-only UTF-8 buffer for building XML parts quickly: markup goes in verbatim, values go
/// in through ``text(_:)``, which removes the characters XML 1.0 forbids and escapes the rest.
struct XMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// How many bytes are written.
    var count: Int { bytes.count }

    /// Drops what was written after the first `count` bytes (a run that must be written again).
    mutating func truncate(to count: Int) {
        bytes.removeSubrange(count...)
    }

    /// Appends trusted markup.
    @inline(__always) mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends trusted markup built at run time (numbers, ids).
    ///
    /// Labelled so that a plain literal always takes the `StaticString` overload above: a literal
    /// passed as a `String` cost a retain and release and a generic copy on every call.
    @inline(__always) mutating func raw(built markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends a decimal integer.
    mutating func int(_ value: Int) {
        guard value >= 0, value < 10 else { return raw(built: String(value)) }
        bytes.append(UInt8(ascii: "0") + UInt8(value))
    }

    /// Appends a value as character data (or attribute content): forbidden characters removed,
    /// `& < > " '` escaped, so no value can close an element or open a new one.
    mutating func text(_ value: String) {
        // Clean text (nearly all) is escaped from its own bytes, without a cleaned copy.
        let written = value.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard !String.mayHoldXMLForbiddenCharacters(utf8) else { return false }
            escaped(utf8, 0..<utf8.count)
            return true
        }
        guard written != true else { return }
        var clean = value.removingXMLForbiddenCharacters
        clean.withUTF8 { escaped($0, 0..<$0.count) }
    }

    /// Appends `range` of already-cleaned UTF-8 that holds none of the five XML specials, as is.
    mutating func verbatim(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[range]))
    }

    /// Appends `range` of already-cleaned UTF-8, escaping the five XML specials; the bytes between
    /// them are copied in runs.
    mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var start = range.lowerBound
        for index in range {
            let byte = utf8[index]
            // Every special is below "?" (0x3F); most text bytes are not.
            guard byte < 0x3F else { continue }
            let replacement: StaticString
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&apos;"
            case UInt8(ascii: "\r"): replacement = "&#13;"  // a parser would turn a raw CR into LF
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
            raw(replacement)
            start = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<range.upperBound]))
    }
}
