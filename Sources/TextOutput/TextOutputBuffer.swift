import DocumentTree

/// The text of a document as ``TextWriter`` lays it out, block by block, in one UTF-8 buffer.
///
/// Each block's clean text is copied once into a reused scratch buffer, wrapped as byte ranges and
/// copied once more into the output: no string per line or per word, which is where the time of
/// a plain-text writer goes.
struct TextOutputBuffer {
    /// The maximum line width in display columns.
    let width: Int
    /// The UTF-8 text so far; every line, blank or not, ends with a line feed.
    private(set) var bytes: [UInt8] = []
    private var startOfPage = true
    /// The clean text of the block being laid out, and its lines as ranges of it.
    private var clean: [UInt8] = []
    private var lines: [Range<Int>] = []

    init(width: Int) {
        self.width = width
        bytes.reserveCapacity(8192)
        clean.reserveCapacity(1024)
        lines.reserveCapacity(32)
    }

    /// The finished text's bytes, a lone newline for a document without content.
    var utf8: [UInt8] { bytes.isEmpty ? [0x0A] : bytes }

    /// Appends `block`, after one blank line unless a page (or the document) is just starting.
    mutating func append(_ block: Block) {
        if case .keep(let children) = block {
            // Text has no pages to keep anything on: the blocks follow one another.
            for child in children { append(child) }
            return
        }
        if case .pageBreak = block {
            if !startOfPage { bytes.append(0x0A) }
            bytes.append(contentsOf: [0x0C, 0x0A])
            startOfPage = true
            return
        }
        let mark = bytes.count
        if !startOfPage { bytes.append(0x0A) }
        // Room to sign above the signature line, as on paper.
        if !startOfPage, case .paragraph(.signature, _) = block { bytes.append(contentsOf: [0x0A, 0x0A]) }
        let contentStart = bytes.count
        switch block {
        case .heading(let level, let content):
            appendHeading(level: level, content: content)
        case .paragraph(_, let content):
            // Every paragraph style wraps the same way: newlines are kept, long lines wrap.
            wrap(content, with: LineWrapper(width: width))
            appendLines(lines)
        case .list(let kind, let items):
            appendList(kind: kind, items: items)
        case .table(let table):
            for line in TextTable(table, width: width).lines {
                bytes.append(contentsOf: line.utf8)
                bytes.append(0x0A)
            }
        case .pageBreak, .keep:
            break
        }
        guard trimBlankLines(from: contentStart) else {
            bytes.removeSubrange(mark...)
            return
        }
        startOfPage = false
    }

    /// Drops the empty lines at the start and end of the block at `start`, which would double the
    /// block gap; false when nothing is left.
    private mutating func trimBlankLines(from start: Int) -> Bool {
        var first = start
        while first < bytes.count, bytes[first] == 0x0A { first += 1 }
        guard first < bytes.count else { return false }
        if first > start { bytes.removeSubrange(start..<first) }
        while bytes[bytes.count - 2] == 0x0A { bytes.removeLast() }
        return true
    }

    /// Cleans `content` into the scratch buffer and wraps it into `lines`.
    private mutating func wrap(_ content: [Inline], with wrapper: LineWrapper) {
        clean.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        content.appendCleanText(to: &clean)
        clean.withUnsafeBufferPointer { wrapper.appendLineRanges(of: $0, to: &lines) }
    }

    private mutating func appendLines(_ ranges: some Collection<Range<Int>>) {
        for range in ranges {
            appendClean(range)
            bytes.append(0x0A)
        }
    }

    /// Appends `range` of the scratch text; through a buffer pointer, since an `ArraySlice` of
    /// `clean` would retain and release it for every line.
    private mutating func appendClean(_ range: Range<Int>) {
        clean.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    private mutating func appendHeading(level: Int, content: [Inline]) {
        wrap(content, with: LineWrapper(width: width))
        guard let first = lines.firstIndex(where: { !$0.isEmpty }),
            let last = lines.lastIndex(where: { !$0.isEmpty })
        else { return }
        let heading = lines[first...last]
        appendLines(heading)
        guard level <= 2 else { return }
        let length = clean.withUnsafeBufferPointer { text in heading.map { text.displayWidth(of: $0) }.max() ?? 0 }
        bytes.append(contentsOf: repeatElement(level <= 1 ? UInt8(ascii: "=") : UInt8(ascii: "-"), count: length))
        bytes.append(0x0A)
    }

    private mutating func appendList(kind: ListKind, items: [[Inline]]) {
        let numberWidth = String(items.count).count
        let markerWidth = kind == .bulleted ? 2 : numberWidth + 2
        let wrapper = LineWrapper(width: width - markerWidth, startColumn: markerWidth)
        for (index, item) in items.enumerated() {
            let marker: String
            switch kind {
            case .bulleted:
                marker = "- "
            case .numbered:
                let number = "\(index + 1)."
                marker = String(repeating: " ", count: numberWidth + 1 - number.count) + number + " "
            }
            wrap(item, with: wrapper)
            for (lineIndex, line) in lines.enumerated() {
                if lineIndex > 0 {
                    if !line.isEmpty {
                        bytes.append(contentsOf: repeatElement(0x20, count: markerWidth))
                        appendClean(line)
                    }
                } else if line.isEmpty {
                    bytes.append(contentsOf: marker.utf8.dropLast())
                } else if clean[line.upperBound - 1] == 0x20 {
                    // Only a cut "§ 1692…" can end in a space; trim it exactly as text would.
                    let text = marker + String(decoding: clean[line], as: UTF8.self)
                    bytes.append(contentsOf: text.trimmingTrailingSpaces.utf8)
                } else {
                    bytes.append(contentsOf: marker.utf8)
                    appendClean(line)
                }
                bytes.append(0x0A)
            }
        }
    }
}
