/// Splits template text into lines of literal text and parsed tags.
///
/// Scanning never stops at an error: a bad tag is reported and skipped (or, for a block tag,
/// kept in a neutral form) so that one pass reports every problem.
struct Scanner {
    /// The scanned lines.
    private(set) var lines: [TemplateLine] = []
    /// Every problem found.
    private(set) var diagnostics: [TemplateDiagnostic] = []

    /// Scans `text`, whose first line is line `firstLine` of `file`.
    init(text: Substring, file: String, firstLine: Int) {
        var rawLines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if rawLines.last?.isEmpty == true { rawLines.removeLast() }
        lines.reserveCapacity(rawLines.count)
        for (offset, raw) in rawLines.enumerated() {
            let line = raw.last == "\r" ? raw.dropLast() : raw
            let start = SourcePosition(file: file, line: firstLine + offset, column: 1, sourceLine: String(line))
            lines.append(TemplateLine(pieces: scan(Array(line), start), position: start))
        }
    }

    private mutating func scan(_ chars: [Character], _ start: SourcePosition) -> [TemplateLine.Piece] {
        var pieces: [TemplateLine.Piece] = []
        var text: [Character] = []
        var textStart = 0
        func flush() {
            if !text.isEmpty { pieces.append(.text(text, start.advanced(by: textStart))) }
            text = []
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                if text.isEmpty { textStart = i }
                text.append(contentsOf: [c, chars[i + 1]])
                i += 2
            } else if c == "{", i + 1 < chars.count, chars[i + 1] == "{" {
                flush()
                let tagStart = start.advanced(by: i)
                guard let end = Self.closingBraces(in: chars, from: i + 2) else {
                    diagnostics.append(.init("unterminated tag: expected '}}' before the end of the line", at: tagStart))
                    return pieces
                }
                let content = Array(chars[(i + 2)..<end])
                do {
                    pieces.append(.tag(try TagParser.parse(content, at: tagStart), tagStart))
                } catch {
                    diagnostics.append(.init(error.message, at: tagStart.advanced(by: 2 + error.offset)))
                    if let recovered = Self.recover(content) { pieces.append(.tag(recovered, tagStart)) }
                }
                i = end + 2
            } else {
                if text.isEmpty { textStart = i }
                text.append(c)
                i += 1
            }
        }
        flush()
        return pieces
    }

    private static func closingBraces(in chars: [Character], from start: Int) -> Int? {
        var j = start
        while j + 1 < chars.count {
            if chars[j] == "}", chars[j + 1] == "}" { return j }
            j += 1
        }
        return nil
    }

    /// A stand-in for a block tag that failed to parse, so that its partner still matches and
    /// the error is not followed by a cascade of "unclosed" errors.
    private static func recover(_ content: [Character]) -> Tag? {
        let words = String(content).split(whereSeparator: { $0.isWhitespace || $0 == "#" || $0 == "/" })
        let trimmed = String(content).trimmingWhitespace
        guard let first = words.first else { return nil }
        if trimmed.hasPrefix("#"), let kind = BlockKind(rawValue: String(first)) { return .open(kind, .literal(.bool(false))) }
        if trimmed.hasPrefix("/"), let kind = BlockKind(rawValue: String(first)) { return .close(kind) }
        if first == "else" { return .otherwise(nil) }
        return nil
    }
}
