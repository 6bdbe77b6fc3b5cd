/// A case file as a generic tree, before validation: what YAML, JSON and CSV rows all become.
///
/// Scalars keep their text. A number stays the digits it was written with (`02134` keeps its zero,
/// `1234.50` is never a binary float), so the decoder decides what a value means from the field it is in.
public enum CaseNode: Sendable, Hashable {
    /// An explicit null (`null`, `~` or nothing after the colon).
    case null
    /// `true` or `false` written without quotes.
    case bool(Bool)
    /// A number written without quotes, as its text.
    case number(String)
    /// A string (quoted, or unquoted text that is not a number, bool or null).
    case string(String)
    /// A list.
    case sequence([CaseNode])
    /// An object, its entries in file order.
    case mapping([Entry])

    /// One key and value of a mapping.
    public struct Entry: Sendable, Hashable {
        /// The key.
        public var key: String
        /// The value.
        public var value: CaseNode

        /// Creates an entry.
        public init(_ key: String, _ value: CaseNode) {
            self.key = key
            self.value = value
        }
    }

    /// A short description for messages: `"abc"`, `12.5`, `true`, `a list`, `an object`, `null`.
    var summary: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return String(b)
        case .number(let text): return text.escapingControlCharacters
        case .string(let text):
            return "\"\(String(text.count > 60 ? text.prefix(57) + "…" : Substring(text)).escapingControlCharacters)\""
        case .sequence: return "a list"
        case .mapping: return "an object"
        }
    }

    /// The text of a scalar (string, number or bool); nil for null, lists and objects.
    var scalarText: String? {
        switch self {
        case .string(let text), .number(let text): return text
        case .bool(let b): return String(b)
        default: return nil
        }
    }
}
