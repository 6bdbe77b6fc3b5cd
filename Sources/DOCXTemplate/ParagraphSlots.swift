import LibXML

/// The text of a paragraph as Word stores it: a sequence of `w:t` elements ("slots") spread over
/// runs, hyperlinks and insertions, in reading order. Deleted text (`w:delText`), field codes and
/// text boxes are not part of it.
enum ParagraphSlots {
    /// The text of every slot of `paragraph`, in reading order.
    static func texts(of paragraph: XMLElement) -> [String] {
        var texts: [String] = []
        visit(paragraph) { texts.append($0.textContent) }
        return texts
    }

    /// `paragraph` with slot `k` replaced by `replacement(k, slot)` where that returns non-nil; a
    /// run left with nothing but its properties is dropped.
    static func rewriting(_ paragraph: XMLElement, _ replacement: (Int, XMLElement) -> [XMLNode]?) -> XMLElement {
        var counter = 0
        return rewrite(paragraph, &counter, replacement)
    }

    private static func visit(_ element: XMLElement, _ body: (XMLElement) -> Void) {
        for case .element(let child) in element.children where child.namespaceURI == WordML.namespace {
            if child.name == "r" {
                for case .element(let inner) in child.children where inner.isWord("t") { body(inner) }
            } else if WordML.runHolders.contains(child.name) {
                visit(child, body)
            }
        }
    }

    private static func rewrite(_ element: XMLElement, _ counter: inout Int, _ replacement: (Int, XMLElement) -> [XMLNode]?) -> XMLElement {
        var copy = element
        var children: [XMLNode] = []
        children.reserveCapacity(element.children.count)
        for node in element.children {
            guard case .element(let child) = node, child.namespaceURI == WordML.namespace else {
                children.append(node)
                continue
            }
            if child.name == "r" {
                var run = child
                var changed = false
                run.children = child.children.flatMap { inner -> [XMLNode] in
                    guard case .element(let t) = inner, t.isWord("t") else { return [inner] }
                    defer { counter += 1 }
                    guard let nodes = replacement(counter, t) else { return [inner] }
                    changed = true
                    return nodes
                }
                if changed, run.childElements.allSatisfy({ $0.isWord("rPr") }) { continue }
                children.append(.element(run))
            } else if WordML.runHolders.contains(child.name) {
                children.append(.element(rewrite(child, &counter, replacement)))
            } else {
                children.append(node)
            }
        }
        copy.children = children
        return copy
    }
}
