extension TemplateValue {
    /// Whether the value counts as true in `{{#if}}`: null, false, "", 0, $0.00 and empty
    /// lists and maps are false; everything else, including every date, is true.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let n): return n != 0
        case .string(let s): return !s.isEmpty
        case .money(let cents): return cents != 0
        case .date: return true
        case .list(let items): return !items.isEmpty
        case .map(let fields): return !fields.isEmpty
        case .deferred(let deferred): return deferred.value.isTruthy
        }
    }

    /// Whether the value is null or "": what `requires` and the `default` filter treat as missing.
    var isNullOrEmptyString: Bool {
        switch self {
        case .null: return true
        case .string(let s): return s.isEmpty
        default: return false
        }
    }

    /// The order of two values of the same kind (numbers, money, dates, strings), or nil when
    /// they cannot be ordered; a condition that orders unlike values is simply false.
    func compare(to other: TemplateValue) -> Int? {
        func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
        switch (self, other) {
        case let (.int(a), .int(b)): return sign(a, b)
        case let (.money(a), .money(b)): return sign(a, b)
        case let (.string(a), .string(b)): return sign(a, b)
        case let (.date(y1, m1, d1), .date(y2, m2, d2)):
            return sign(y1 * 10_000 + m1 * 100 + d1, y2 * 10_000 + m2 * 100 + d2)
        default: return nil
        }
    }

    /// A short name of the value's kind for error messages.
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a yes/no value"
        case .int: return "a number"
        case .string: return "text"
        case .money: return "money"
        case .date: return "a date"
        case .list: return "a list"
        case .map: return "a map"
        case .deferred(let deferred): return deferred.value.kindName
        }
    }
}
