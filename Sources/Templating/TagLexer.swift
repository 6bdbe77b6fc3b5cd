/// Splits the text inside `{{ … }}` into tokens.
struct TagLexer {
    /// A token the lexer could not read, at an offset into the tag's content.
    struct Failure: Error {
        /// What is wrong.
        var message: String
        /// Where, from the start of the tag's content.
        var offset: Int
    }

    /// Tokens for `content`, ending with `.end`.
    static func tokens(_ content: [Character]) throws(Failure) -> [TagToken] {
        var tokens: [TagToken] = []
        var i = 0
        while i < content.count {
            let c = content[i]
            if c.isWhitespace { i += 1; continue }
            let start = i
            if c.isLetter || c == "_" || c == "@" {
                i += 1
                while i < content.count, content[i].isLetter || content[i].isNumber || "_-.".contains(content[i]) { i += 1 }
                tokens.append(.init(kind: .word(String(content[start..<i])), offset: start))
            } else if c.isASCIIDigit || (c == "-" && i + 1 < content.count && content[i + 1].isASCIIDigit) {
                i += 1
                while i < content.count, content[i].isASCIIDigit { i += 1 }
                guard let n = Int(String(content[start..<i])) else { throw Failure(message: "number too large", offset: start) }
                tokens.append(.init(kind: .int(n), offset: start))
            } else if c == "$" {
                tokens.append(.init(kind: .money(try money(content, &i)), offset: start))
            } else if c == "\"" || c == "'" {
                tokens.append(.init(kind: .string(try string(content, &i)), offset: start))
            } else if i + 1 < content.count, ["==", "!=", "<=", ">="].contains(String(content[i...i + 1])) {
                tokens.append(.init(kind: .symbol(String(content[i...i + 1])), offset: start))
                i += 2
            } else if "<>()|:,".contains(c) {
                tokens.append(.init(kind: .symbol(String(c)), offset: start))
                i += 1
            } else {
                throw Failure(message: "unexpected character '\(c)'", offset: start)
            }
        }
        tokens.append(.init(kind: .end, offset: content.count))
        return tokens
    }

    /// Reads `$1,234.56` (cents optional) starting at the `$`.
    private static func money(_ content: [Character], _ i: inout Int) throws(Failure) -> Int {
        let start = i
        i += 1
        var dollars = 0, digits = 0
        while i < content.count, content[i].isASCIIDigit || (content[i] == "," && digits > 0) {
            if let d = content[i].wholeNumberValue { dollars = dollars * 10 + d; digits += 1 }
            i += 1
        }
        guard digits > 0, digits < 16 else { throw Failure(message: "expected an amount such as $1,250.00", offset: start) }
        var cents = 0
        if i < content.count, content[i] == "." {
            guard i + 2 < content.count, content[i + 1].isASCIIDigit, content[i + 2].isASCIIDigit,
                let tens = content[i + 1].wholeNumberValue, let ones = content[i + 2].wholeNumberValue
            else { throw Failure(message: "cents need two digits, as in $1,250.00", offset: start) }
            cents = tens * 10 + ones
            i += 3
        }
        return dollars * 100 + cents
    }

    /// Reads a quoted string starting at its quote; `\"`, `\\` and `\n` are escapes.
    private static func string(_ content: [Character], _ i: inout Int) throws(Failure) -> String {
        let quote = content[i], start = i
        i += 1
        var text = ""
        while i < content.count {
            let c = content[i]
            if c == quote { i += 1; return text }
            if c == "\\", i + 1 < content.count {
                text.append(content[i + 1] == "n" ? "\n" : content[i + 1])
                i += 2
            } else {
                text.append(c)
                i += 1
            }
        }
        throw Failure(message: "unterminated string: expected a closing \(quote)", offset: start)
    }
}

extension Character {
    /// 0–9 only (not other scripts' digits).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
