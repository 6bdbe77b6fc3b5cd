extension CaseNode {
    /// The line and column (1-based) of the first anchor (`&a`) or alias (`*a`) in YAML text, if any.
    ///
    /// Run before Yams composes the text: Yams hashes mapping keys while composing, so an alias used
    /// as a key (`? *a`) can cost exponential time before any tree exists to check. A light scan
    /// suffices because case files never need either: it skips quoted text, comments and block
    /// scalars (`|`, `>`), and looks only where a node can begin. A rare false alarm (a plain line
    /// continued with `*text`) is reported like an alias and fixed by quoting the text.
    static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int, marker: String)? {
        var line = 0
        var blockIndent: Int?  // Inside a block scalar: lines indented more than this belong to it.
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            let chars = Array(rawLine)
            let indent = chars.prefix { $0 == " " }.count
            if let parent = blockIndent {
                if indent > parent || chars.allSatisfy({ $0 == " " || $0 == "\r" || $0 == "\t" }) { continue }
                blockIndent = nil
            }
            var quote: Character?
            var atNodeStart = true  // Only where a node may begin can `&` or `*` be an anchor or alias.
            var lastSignificant: Character?
            var i = 0
            while i < chars.count {
                let ch = chars[i]
                if let q = quote {
                    if q == "\"", ch == "\\" { i += 2; continue }
                    if ch == q {
                        if q == "'", i + 1 < chars.count, chars[i + 1] == "'" { i += 2; continue }
                        quote = nil
                    }
                    i += 1
                    continue
                }
                let previous: Character? = i > 0 ? chars[i - 1] : nil
                if ch == "#", previous == nil || previous == " " || previous == "\t" { break }
                if ch == " " || ch == "\t" || ch == "\r" { i += 1; continue }
                if atNodeStart, ch == "&" || ch == "*", i + 1 < chars.count,
                    !" \t\r,[]{}".contains(chars[i + 1])
                {
                    let name = String(chars[(i + 1)...].prefix { !" \t\r,[]{}".contains($0) })
                    return (line, i + 1, "\(ch)\(name)")
                }
                if ch == "\"" || ch == "'", atNodeStart { quote = ch; lastSignificant = ch; i += 1; continue }
                let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
                let separated = next == nil || next == " " || next == "\t" || next == "\r"
                atNodeStart = "[{,".contains(ch) || ("-?:".contains(ch) && separated)
                lastSignificant = ch
                i += 1
            }
            // `key: |`, `- >-`, `key: |2 # comment`: the lines that follow are text.
            if quote == nil, let last = lastSignificant, "|>+-0123456789".contains(last) {
                let content = String(chars).split(separator: "#").first.map(String.init) ?? ""
                let trimmed = content.trimmingWhitespace
                if let indicator = trimmed.split(separator: " ").last,
                    let first = indicator.first, first == "|" || first == ">",
                    indicator.dropFirst().allSatisfy({ "+-0123456789".contains($0) })
                {
                    blockIndent = indent
                }
            }
        }
        return nil
    }
}
