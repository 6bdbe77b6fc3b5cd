extension XMLElement {
    /// Whether this element has local name `name` in namespace `namespaceURI` (nil: any namespace).
    public func matches(_ name: String, namespace namespaceURI: String? = nil) -> Bool {
        self.name == name && (namespaceURI == nil || self.namespaceURI == namespaceURI)
    }

    /// The child elements, skipping text, comments and the rest.
    public var childElements: [XMLElement] { children.compactMap(\.element) }

    /// The child elements named `name` in `namespaceURI` (nil: any namespace).
    public func children(named name: String, namespace namespaceURI: String? = nil) -> [XMLElement] {
        childElements.filter { $0.matches(name, namespace: namespaceURI) }
    }

    /// The first child element named `name` in `namespaceURI` (nil: any namespace).
    public func firstChild(named name: String, namespace namespaceURI: String? = nil) -> XMLElement? {
        childElements.first { $0.matches(name, namespace: namespaceURI) }
    }

    /// Every descendant element (not this one) named `name` in `namespaceURI`, in document order.
    public func descendants(named name: String, namespace namespaceURI: String? = nil) -> [XMLElement] {
        var found: [XMLElement] = []
        collect(into: &found) { $0.matches(name, namespace: namespaceURI) }
        return found
    }

    /// Every descendant element (not this one) for which `predicate` holds, in document order.
    public func descendants(where predicate: (XMLElement) -> Bool) -> [XMLElement] {
        var found: [XMLElement] = []
        collect(into: &found, predicate)
        return found
    }

    private func collect(into found: inout [XMLElement], _ predicate: (XMLElement) -> Bool) {
        for child in children {
            guard case .element(let element) = child else { continue }
            if predicate(element) { found.append(element) }
            element.collect(into: &found, predicate)
        }
    }

    /// The value of the attribute `name` in `namespaceURI` (nil: an unqualified attribute).
    public func attribute(_ name: String, namespace namespaceURI: String? = nil) -> String? {
        attributes.first { $0.name == name && $0.namespaceURI == namespaceURI }?.value
    }

    /// The concatenated text and CDATA of this element and all its descendants.
    public var textContent: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let text), .cdata(let text): out += text
            case .element(let element): element.appendText(to: &out)
            case .comment, .processingInstruction, .entityReference: break
            }
        }
    }
}
