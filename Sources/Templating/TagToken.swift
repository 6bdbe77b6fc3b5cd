/// One token of the text between `{{` and `}}`.
struct TagToken: Sendable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        /// A name or dotted path: `debtor.name`, `this`, `@index`, `and`, `if`.
        case word(String)
        /// A quoted string with its escapes resolved.
        case string(String)
        /// A whole number.
        case int(Int)
        /// A money literal such as `$1,250.00`, in cents.
        case money(Int)
        /// Punctuation: `==`, `!=`, `<=`, `>=`, `<`, `>`, `(`, `)`, `|`, `:`, `,`.
        case symbol(String)
        /// The end of the tag.
        case end
    }

    /// What the token is.
    var kind: Kind
    /// The offset of its first character from the start of the tag's content.
    var offset: Int

    /// How the token reads in a message.
    var display: String {
        switch kind {
        case .word(let w): return "'\(w)'"
        case .string(let s): return "\"\(s)\""
        case .int(let n): return "\(n)"
        case .money(let c): return "$\(c / 100).\(c % 100)"
        case .symbol(let s): return "'\(s)'"
        case .end: return "the end of the tag"
        }
    }
}
