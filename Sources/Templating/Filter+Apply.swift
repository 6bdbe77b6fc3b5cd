extension FilterCall {
    /// Applies the filter to a present value; returns a message when the value is of the wrong kind.
    func apply(to value: TemplateValue, language: TemplateLanguage) -> Result<TemplateValue, FilterProblem> {
        switch filter {
        case .money:
            switch value {
            case .money(let cents), .int(let cents): return .success(.string(Formatting.money(cents: cents)))
            default: return wrongKind(value, expected: "money or a number of cents")
            }
        case .date:
            let style = arguments.first.flatMap { if case .string(let s) = $0 { Filter.DateStyle(rawValue: s) } else { nil } } ?? .long
            switch value {
            case let .date(y, m, d): return .success(.string(Formatting.date(year: y, month: m, day: d, style: style, language: language)))
            case .string(let text):
                guard let (y, m, d) = Self.isoDate(text) else { return wrongKind(value, expected: "a date (YYYY-MM-DD)") }
                return .success(.string(Formatting.date(year: y, month: m, day: d, style: style, language: language)))
            default: return wrongKind(value, expected: "a date")
            }
        case .last4, .ending:
            let masked: String
            switch value {
            case .string(let text): masked = Formatting.lastFour(text)
            case .int(let n): masked = Formatting.lastFour(String(n))
            default: return wrongKind(value, expected: "text or a number")
            }
            return .success(.string(filter == .ending ? String(masked.drop(while: { $0 == "*" })) : masked))
        case .upper, .lower:
            return value.displayText(language: language).map { .string(filter == .upper ? $0.uppercased() : $0.lowercased()) }
        case .default:
            if value == .null || value == .string("") { return .success(arguments[0]) }
            return .success(value)
        case .plural:
            let n: Int
            switch value {
            case .int(let count): n = count
            case .list(let items): n = items.count
            default: return wrongKind(value, expected: "a number")
            }
            guard case .string(let one) = arguments[0], case .string(let many) = arguments[1] else { return .success(value) }
            return .success(.string(Formatting.grouped(n) + " " + (n == 1 ? one : many)))
        case .count:
            switch value {
            case .list(let items): return .success(.int(items.count))
            case .map(let fields): return .success(.int(fields.count))
            default: return wrongKind(value, expected: "a list")
            }
        case .join, .lines:
            guard case .list(let items) = value else {
                if case .string = value { return .success(value) }
                return wrongKind(value, expected: "a list")
            }
            var separator = filter == .lines ? "\n" : ", "
            if case .string(let given)? = arguments.first { separator = given }
            var parts: [String] = []
            parts.reserveCapacity(items.count)
            for item in items {
                switch item.displayText(language: language) {
                case .success(let text): parts.append(text)
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(.string(parts.joined(separator: separator)))
        case .number:
            guard case .int(let n) = value else { return wrongKind(value, expected: "a whole number") }
            return .success(.string(Formatting.grouped(n)))
        case .reflow, .time, .days:
            return applyTextFilter(to: value, language: language)
        }
    }

    func wrongKind(_ value: TemplateValue, expected: String) -> Result<TemplateValue, FilterProblem> {
        .failure(FilterProblem(message: "filter '\(filter.rawValue)' needs \(expected), but the value is \(value.kindName)"))
    }

    /// Reads `YYYY-MM-DD` with a real month and day.
    static func isoDate(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        return (y, m, d)
    }
}

/// Why a value could not be filtered or printed.
struct FilterProblem: Error {
    /// The message for the diagnostic.
    var message: String
}

extension TemplateValue {
    /// How a value prints with no filter: numbers plain, money as `$x.yy`, dates long, yes/no in
    /// the template's language, lists joined with ", "; a map cannot be printed.
    func displayText(language: TemplateLanguage) -> Result<String, FilterProblem> {
        switch self {
        case .null: return .success("")
        case .bool(let b): return .success(b ? language.yesNo.yes : language.yesNo.no)
        case .int(let n): return .success(String(n))
        case .string(let s): return .success(s)
        case .money(let cents): return .success(Formatting.money(cents: cents))
        case let .date(y, m, d): return .success(Formatting.date(year: y, month: m, day: d, style: .long, language: language))
        case .list(let items):
            var parts: [String] = []
            for item in items {
                switch item.displayText(language: language) {
                case .success(let text): parts.append(text)
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(parts.joined(separator: ", "))
        case .map:
            return .failure(FilterProblem(message: "the value is a map; print one of its fields instead"))
        case .deferred(let deferred):
            return deferred.value.displayText(language: language)
        }
    }
}
