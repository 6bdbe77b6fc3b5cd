/// An element: a plain value, detached from libxml2, safe to keep and share across threads.
public struct XMLElement: Sendable, Hashable {
    /// The local name, such as `t` for `<w:t>`.
    public var name: String
    /// The prefix as written, such as `w`, or nil.
    public var prefix: String?
    /// The namespace URI the prefix resolves to, or nil when the element is in no namespace.
    public var namespaceURI: String?
    /// The attributes in document order (namespace declarations are in `namespaceDeclarations`).
    public var attributes: [XMLAttribute]
    /// The namespaces declared on this element.
    public var namespaceDeclarations: [XMLNamespaceDeclaration]
    /// The content in document order.
    public var children: [XMLNode]
    /// The 1-based line of the start tag in the source (0 when unknown).
    public var line: Int

    /// Creates an element.
    public init(
        name: String, prefix: String? = nil, namespaceURI: String? = nil, attributes: [XMLAttribute] = [],
        namespaceDeclarations: [XMLNamespaceDeclaration] = [], children: [XMLNode] = [], line: Int = 0
    ) {
        self.name = name
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.namespaceDeclarations = namespaceDeclarations
        self.children = children
        self.line = line
    }

    /// `prefix:name`, or `name`.
    public var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }
}
