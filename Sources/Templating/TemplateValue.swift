/// A value that a template can print, test or loop over: the data side of a template.
///
/// Values are always inserted as text; nothing in a value is ever read as markup.
public enum TemplateValue: Sendable, Hashable {
    /// No value; prints as missing and is false in a condition.
    case null
    /// A yes/no value.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// Text.
    case string(String)
    /// An exact amount of US dollars in cents.
    case money(cents: Int)
    /// A calendar date with no time of day.
    case date(year: Int, month: Int, day: Int)
    /// An ordered list, for `{{#each}}`, `join`, `count` and `lines`.
    case list([TemplateValue])
    /// Named fields, reached with dotted paths such as `debtor.name`.
    case map([String: TemplateValue])
    /// A value computed when first read (see ``DeferredValue``): a look-up returns its value, and
    /// finds nothing when that is `.null`.
    case deferred(DeferredValue)

    /// The value at a dotted path (`["debtor", "name"]`); a number segment indexes a list.
    /// Returns nil when any step is missing.
    public func value(at path: [String]) -> TemplateValue? {
        value(at: path, from: 0)
    }

    /// The value at the steps of `path` from index `first` on: the renderer's look-up, which
    /// walks the compiled path in place rather than through a slice. Recursive rather than a
    /// loop over a `var`, so each step reads the enclosing map or list where it is instead of
    /// copying it first.
    func value(at path: [String], from first: Int) -> TemplateValue? {
        guard first < path.count else { return self }
        switch self {
        case .map(let fields):
            guard let next = fields[path[first]]?.found else { return nil }
            return first + 1 == path.count ? next : next.value(at: path, from: first + 1)
        case .list(let items):
            guard let index = Int(path[first]), items.indices.contains(index) else { return nil }
            return first + 1 == path.count ? items[index] : items[index].value(at: path, from: first + 1)
        default:
            return nil
        }
    }

    /// The value one step down: a map's field, or a list's item when `step` is its index.
    func value(atStep step: String) -> TemplateValue? {
        switch self {
        case .map(let fields):
            return fields[step]?.found
        case .list(let items):
            guard let index = Int(step), items.indices.contains(index) else { return nil }
            return items[index]
        default:
            return nil
        }
    }

    /// The value at a dotted path written as one string, such as `"debtor.name"`.
    public func value(at dottedPath: String) -> TemplateValue? {
        value(at: dottedPath.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    /// A string value.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    /// An integer value.
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// A boolean value.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// A list value.
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// A map value; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
