/// The filters a variable can pass its value through: `{{ amount | money }}`.
enum Filter: String, Sendable, CaseIterable {
    /// Cents → `$1,234.56`.
    case money
    /// A date → `November 27, 2026` (long, by language), `11/27/2026` (`"short"`) or ISO (`"iso"`).
    case date
    /// Masks all but the last four letters or digits: `****5678`.
    case last4
    /// The last four letters or digits alone, for "account ending in 5678".
    case ending
    /// Upper case.
    case upper
    /// Lower case.
    case lower
    /// A fallback used when the value is missing, null or "".
    case `default`
    /// A number with the singular or plural noun: `3 | plural: "day", "days"` → `3 days`.
    case plural
    /// The number of items in a list.
    case count
    /// The items of a list joined with a separator (", " unless given).
    case join
    /// A whole number with thousands separators.
    case number
    /// A list of lines, printed with line breaks between them.
    case lines
    /// Text whose line ends become spaces, so a multi-line value prints as one paragraph.
    case reflow
    /// A time of day in the language's letter form: `3:00 p.m.` (es: `3:00 p. m.`).
    case time
    /// A signed count of days as words: `12 days left`, `446 days ago`, `today` (es: `quedan 12 días`, `hace 446 días`, `hoy`).
    case days

    /// How many arguments the filter takes.
    var arity: ClosedRange<Int> {
        switch self {
        case .default, .join: return self == .default ? 1...1 : 0...1
        case .date: return 0...1
        case .plural: return 2...2
        default: return 0...0
        }
    }

    /// How the filter is written with its arguments, for messages.
    var usage: String {
        switch self {
        case .date: return "date or date: \"short\""
        case .default: return "default: \"text\""
        case .plural: return "plural: \"day\", \"days\""
        case .join: return "join or join: \", \""
        default: return rawValue
        }
    }

    /// Checks the literal arguments at compile time; returns a message when they are wrong.
    func validate(_ arguments: [TemplateValue]) -> String? {
        guard arity.contains(arguments.count) else {
            let expected = arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) or \(arity.upperBound)"
            return "filter '\(rawValue)' takes \(expected) argument\(arity.upperBound == 1 ? "" : "s"), not \(arguments.count) (write {{ value | \(usage) }})"
        }
        switch self {
        case .date:
            if let style = arguments.first, !DateStyle.allCases.map({ TemplateValue.string($0.rawValue) }).contains(style) {
                return "the date style must be \"long\", \"short\" or \"iso\""
            }
        case .plural, .join:
            if arguments.contains(where: { if case .string = $0 { return false } else { return true } }) {
                return "the arguments of '\(rawValue)' must be quoted text (write {{ value | \(usage) }})"
            }
        default: break
        }
        return nil
    }

    /// The date styles `date` accepts.
    enum DateStyle: String, CaseIterable {
        case long, short, iso
    }
}

/// A filter with its arguments, as written in one tag.
struct FilterCall: Sendable {
    /// Which filter.
    var filter: Filter
    /// Its literal arguments.
    var arguments: [TemplateValue]
}
