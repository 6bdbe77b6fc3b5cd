extension UnsafeBufferPointer where Element == UInt8 {
    /// The display width of the UTF-8 text in `range`, as ``Swift/StringProtocol/displayWidth(startingAt:)``
    /// measures it from column 0.
    ///
    /// Printable ASCII is one column per byte, which covers nearly every word; anything else is
    /// decoded and measured by grapheme cluster.
    func displayWidth(of range: Range<Int>) -> Int {
        for index in range where !self[index].isPrintableASCII {
            return String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF8.self).displayWidth()
        }
        return range.count
    }

    /// The display width of a run of spaces and tabs starting at `column`; a tab runs to the next
    /// multiple of eight.
    func blankWidth(of range: Range<Int>, startingAt start: Int) -> Int {
        var column = start
        for index in range {
            column += self[index] == 0x09 ? 8 - column % 8 : 1
        }
        return column - start
    }

    /// Calls `body` with the byte range and display width of each character in `range`, in order.
    func forEachCharacter(in range: Range<Int>, _ body: (Range<Int>, Int) -> Void) {
        if range.allSatisfy({ self[$0].isPrintableASCII }) {
            for index in range { body(index..<index + 1, 1) }
            return
        }
        var offset = range.lowerBound
        for character in String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF8.self) {
            let length = character.utf8.count
            body(offset..<offset + length, character.displayWidth)
            offset += length
        }
    }

    /// Whether `range` holds one or more section signs (`§`, C2 A7 in UTF-8) and nothing else.
    func isSectionSigns(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count % 2 == 0 else { return false }
        return stride(from: range.lowerBound, to: range.upperBound, by: 2).allSatisfy {
            self[$0] == 0xC2 && self[$0 + 1] == 0xA7
        }
    }
}

extension UInt8 {
    /// Whether the byte is printable ASCII, one display column wide on its own.
    var isPrintableASCII: Bool { self >= 0x20 && self < 0x7F }
}
