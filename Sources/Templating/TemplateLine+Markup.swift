extension TemplateLine {
    /// The line without its first `count` characters (a structural marker and its indent).
    func droppingPrefix(_ count: Int) -> TemplateLine {
        guard case .text(let chars, let position)? = pieces.first else { return self }
        var copy = self
        if count >= chars.count {
            copy.pieces.removeFirst()
        } else {
            copy.pieces[0] = .text(Array(chars[count...]), position.advanced(by: count))
        }
        return copy
    }

    /// The pieces without leading and trailing whitespace.
    static func trimmed(_ pieces: [Piece]) -> [Piece] {
        var pieces = pieces
        while case .text(let chars, let position)? = pieces.first {
            let n = chars.prefix(while: \.isWhitespace).count
            if n == chars.count { pieces.removeFirst(); continue }
            pieces[0] = .text(Array(chars[n...]), position.advanced(by: n))
            break
        }
        while case .text(let chars, let position)? = pieces.last {
            var end = chars.count
            while end > 0, chars[end - 1].isWhitespace, !Self.isEscaped(chars, end - 1) { end -= 1 }
            if end == 0 { pieces.removeLast(); continue }
            pieces[pieces.count - 1] = .text(Array(chars[..<end]), position)
            break
        }
        return pieces
    }

    /// Whether the character at `index` follows an unpaired backslash.
    private static func isEscaped(_ chars: [Character], _ index: Int) -> Bool {
        var n = 0, i = index - 1
        while i >= 0, chars[i] == "\\" { n += 1; i -= 1 }
        return n % 2 == 1
    }

    /// The trimmed pieces and whether they ended with a lone backslash (a forced line break),
    /// which is removed.
    static func withHardBreak(_ pieces: [Piece]) -> ([Piece], Bool) {
        var pieces = trimmed(pieces)
        guard case .text(let chars, let position)? = pieces.last, chars.last == "\\",
            !isEscaped(chars, chars.count - 1)
        else { return (pieces, false) }
        pieces[pieces.count - 1] = .text(Array(chars.dropLast()), position)
        return (trimmed(pieces), true)
    }

    /// A table row's cells, split at each `|` that is not escaped, each trimmed; the `|` at the
    /// start and an optional one at the end do not make cells.
    var cells: [[Piece]] {
        var cells: [[Piece]] = []
        var current: [Piece] = []
        for piece in pieces {
            guard case .text(let chars, let position) = piece else { current.append(piece); continue }
            var start = 0, i = 0
            while i < chars.count {
                if chars[i] == "\\" { i += 2; continue }
                if chars[i] == "|" {
                    if i > start { current.append(.text(Array(chars[start..<i]), position.advanced(by: start))) }
                    cells.append(current)
                    current = []
                    start = i + 1
                }
                i += 1
            }
            if start < chars.count { current.append(.text(Array(chars[start...]), position.advanced(by: start))) }
        }
        cells.append(current)
        if cells.first.map(Self.trimmed)?.isEmpty == true { cells.removeFirst() }
        if cells.count > 1, Self.trimmed(cells[cells.count - 1]).isEmpty { cells.removeLast() }
        return cells.map(Self.trimmed)
    }

    /// The position of the first `|` of a row, or the line start.
    var firstPosition: SourcePosition { pieces.first?.position ?? position }
}
