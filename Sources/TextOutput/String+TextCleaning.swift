import DocumentTree

extension String {
    /// The string as it may appear in plain text: carriage returns become line feeds, and every other
    /// control character except tab and line feed (C0, DEL, C1) is removed.
    ///
    /// A form feed is a control character too, so only a page-break block can put one in the output.
    var removingTextControlCharacters: String {
        var text = self
        return text.withUTF8 { bytes in
            // Most values hold nothing to remove: hand them back without copying.
            guard bytes.indices.contains(where: { bytes.isTextControl(at: $0) }) else { return self }
            var cleaner = TextCleaner()
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            cleaner.append(bytes, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }
}

extension Array where Element == Inline {
    /// The inline content as clean plain text: styles dropped, line breaks as `\n`.
    var cleanText: String { plainText.removingTextControlCharacters }

    /// Appends the UTF-8 bytes of ``cleanText`` to `bytes` without building the string.
    func appendCleanText(to bytes: inout [UInt8]) {
        var cleaner = TextCleaner()
        cleaner.append(self, to: &bytes)
    }
}

/// Removes control characters from UTF-8 text as it is copied, remembering a trailing `\r` so that
/// a `\r\n` split between two pieces still becomes one line feed.
struct TextCleaner {
    private var previousWasReturn = false

    /// Appends the clean bytes of each inline's plain text, in order.
    mutating func append(_ inlines: [Inline], to out: inout [UInt8]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                // Native strings lend their UTF-8 without the copy a `var` for `withUTF8` costs.
                if text.utf8.withContiguousStorageIfAvailable({ append($0, to: &out) }) == nil {
                    var text = text
                    text.withUTF8 { append($0, to: &out) }
                }
            case .strong(let content), .emphasis(let content), .underline(let content):
                append(content, to: &out)
            case .lineBreak:
                if !previousWasReturn { out.append(0x0A) }
                previousWasReturn = false
            }
        }
    }

    /// Appends the clean form of the valid UTF-8 in `bytes`.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            // Copy each run of bytes that needs no change in one go.
            let runStart = index
            while index < bytes.count, bytes[index].isPlainText { index += 1 }
            if index > runStart {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                previousWasReturn = false
                guard index < bytes.count else { return }
            }
            let byte = bytes[index]
            // Continuation bytes follow a lead byte, which already cleared the flag.
            defer { previousWasReturn = byte == 0x0D }
            if byte == 0x0D {
                out.append(0x0A)
            } else if byte == 0x0A {
                if !previousWasReturn { out.append(byte) }
            } else if byte == 0x09 {
                out.append(byte)
            } else if byte == 0xC2, index + 1 < bytes.count {
                // U+0080...U+009F (C1 controls) are C2 80...C2 9F; other C2 pairs are printable.
                let next = bytes[index + 1]
                if next > 0x9F { out.append(byte); out.append(next) }
                index += 1
            }
            index += 1
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether the character starting at `index` is one that ``TextCleaner`` changes or drops.
    func isTextControl(at index: Int) -> Bool {
        let byte = self[index]
        if byte >= 0x20 { return byte == 0x7F || (byte == 0xC2 && index + 1 < count && self[index + 1] <= 0x9F) }
        return byte != 0x09 && byte != 0x0A
    }
}

extension UInt8 {
    /// Whether the byte passes through ``TextCleaner`` unchanged whatever follows it.
    var isPlainText: Bool { self >= 0x20 && self != 0x7F && self != 0xC2 }
}
