/// A node in an element's content, in document order.
public enum XMLNode: Sendable, Hashable {
    /// An element.
    case element(XMLElement)
    /// Character data, entities and character references already resolved.
    case text(String)
    /// A CDATA section's contents.
    case cdata(String)
    /// A comment's contents.
    case comment(String)
    /// A processing instruction.
    case processingInstruction(target: String, data: String)
    /// A reference to an entity that was deliberately not expanded (`&name;`); its replacement text
    /// is never read, which is what keeps external entities out.
    case entityReference(String)

    /// The element, if this node is one.
    public var element: XMLElement? {
        if case .element(let element) = self { return element }
        return nil
    }
}

/// An attribute of an element.
public struct XMLAttribute: Sendable, Hashable {
    /// The local name, such as `val`.
    public var name: String
    /// The prefix as written, such as `w`, or nil.
    public var prefix: String?
    /// The namespace URI, or nil for an unqualified attribute.
    public var namespaceURI: String?
    /// The value, with entity and character references resolved.
    public var value: String

    /// Creates an attribute.
    public init(name: String, prefix: String? = nil, namespaceURI: String? = nil, value: String) {
        self.name = name
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.value = value
    }

    /// `prefix:name`, or `name`.
    public var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }
}

/// A namespace declaration (`xmlns:prefix="uri"`, or `xmlns="uri"` when `prefix` is nil).
public struct XMLNamespaceDeclaration: Sendable, Hashable {
    /// The declared prefix, or nil for the default namespace.
    public var prefix: String?
    /// The namespace URI.
    public var uri: String

    /// Creates a declaration.
    public init(prefix: String?, uri: String) {
        self.prefix = prefix
        self.uri = uri
    }
}
