/// The filters that reword a value for a reader: `reflow`, `time` and `days`.
extension FilterCall {
    /// Applies `reflow`, `time` or `days`; returns a message when the value is of the wrong kind.
    func applyTextFilter(to value: TemplateValue, language: TemplateLanguage) -> Result<TemplateValue, FilterProblem> {
        switch filter {
        case .reflow:
            guard case .string(let text) = value else { return wrongKind(value, expected: "text") }
            return .success(.string(Self.reflowed(text)))
        case .time:
            guard case .string(let text) = value else { return wrongKind(value, expected: "a time (9:00 a.m. or 17:30)") }
            return .success(.string(Self.time(text, language: language) ?? text))
        case .days:
            guard case .int(let n) = value else { return wrongKind(value, expected: "a whole number of days") }
            return .success(.string(Self.days(n, language: language)))
        default:
            return .success(value)
        }
    }

    /// Joins the lines of a typed value into one paragraph: every run of white space that holds a
    /// line end becomes one space, and the ends are trimmed. Blank lines are joined too, because a
    /// value is never more than one paragraph.
    static func reflowed(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// `9:00 a.m.`, `17:30`, `5 pm` → `9:00 a.m.` / `5:30 p.m.` (Spanish `a. m.` / `p. m.`, the
    /// form the Spanish glossary picks); nil when the text is not a time.
    static func time(_ text: String, language: TemplateLanguage) -> String? {
        let compact = text.lowercased().filter { !$0.isWhitespace && $0 != "." }
        var clock = Substring(compact)
        var afternoon: Bool?
        if clock.hasSuffix("am") || clock.hasSuffix("pm") {
            afternoon = clock.hasSuffix("pm")
            clock = clock.dropLast(2)
        }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy({ $0.isASCII && $0.isNumber }) }),
            var hour = Int(parts[0]), let minute = parts.count == 2 ? Int(parts[1]) : 0,
            (0...59).contains(minute), parts.count == 1 || parts[1].count == 2
        else { return nil }
        if let afternoon {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (afternoon ? 12 : 0)
        } else if parts.count == 1 || !(0...23).contains(hour) {
            return nil
        }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        let minutes = minute < 10 ? "0\(minute)" : "\(minute)"
        let suffix: String
        switch language {
        case .english: suffix = hour < 12 ? "a.m." : "p.m."
        case .spanish: suffix = hour < 12 ? "a. m." : "p. m."
        }
        return "\(twelve):\(minutes) \(suffix)"
    }

    /// Days from a reference date as words: positive are still to come, negative have passed.
    static func days(_ n: Int, language: TemplateLanguage) -> String {
        let count = Formatting.grouped(abs(n))
        switch (language, n) {
        case (.english, 0): return "today"
        case (.english, 1): return "1 day left"
        case (.english, -1): return "1 day ago"
        case (.english, _): return n > 0 ? "\(count) days left" : "\(count) days ago"
        case (.spanish, 0): return "hoy"
        case (.spanish, 1): return "queda 1 día"
        case (.spanish, -1): return "hace 1 día"
        case (.spanish, _): return n > 0 ? "quedan \(count) días" : "hace \(count) días"
        }
    }
}
