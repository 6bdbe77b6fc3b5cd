import LibXML

/// A stable, indented rendering of an XML document, so that golden files diff line by line and
/// compare as XML (attribute quoting, the declaration and insignificant whitespace do not matter).
public enum CanonicalXML {
    /// Parses `text` (UTF-8 XML) and renders it: one element per line, two-space indent,
    /// attributes in source order after the namespace declarations, text-only elements on one
    /// line, whitespace-only text between elements dropped.
    public static func format(_ text: String) throws -> String {
        format(try XMLDocument(parsing: text).root)
    }

    /// Renders `element` and its descendants.
    public static func format(_ element: XMLElement) -> String {
        var out = ""
        write(element, depth: 0, into: &out)
        return out
    }

    private static func write(_ element: XMLElement, depth: Int, into out: inout String) {
        let indent = String(repeating: "  ", count: depth)
        out += indent + "<" + element.qualifiedName
        for declaration in element.namespaceDeclarations {
            out += " xmlns" + (declaration.prefix.map { ":" + $0 } ?? "") + "=\"" + escape(declaration.uri, attribute: true) + "\""
        }
        for attribute in element.attributes {
            out += " " + attribute.qualifiedName + "=\"" + escape(attribute.value, attribute: true) + "\""
        }
        let children = element.children.filter {
            if case .text(let text) = $0 { return !text.allSatisfy(\.isWhitespace) || element.children.count == 1 }
            return true
        }
        if children.isEmpty {
            out += "/>\n"
            return
        }
        let textOnly = children.allSatisfy {
            switch $0 {
            case .text, .cdata: return true
            default: return false
            }
        }
        if textOnly {
            out += ">" + escape(element.textContent, attribute: false) + "</" + element.qualifiedName + ">\n"
            return
        }
        out += ">\n"
        for child in children {
            switch child {
            case .element(let inner): write(inner, depth: depth + 1, into: &out)
            case .text(let text), .cdata(let text): out += indent + "  " + escape(text, attribute: false) + "\n"
            case .comment(let text): out += indent + "  <!--" + text + "-->\n"
            case .processingInstruction(let target, let data): out += indent + "  <?" + target + " " + data + "?>\n"
            case .entityReference(let name): out += indent + "  &" + name + ";\n"
            }
        }
        out += indent + "</" + element.qualifiedName + ">\n"
    }

    /// LibXML's escaper, dropping characters XML forbids so that the golden file is XML too.
    private static func escape(_ text: String, attribute: Bool) -> String {
        XMLEscaping.escaped(text, attribute: attribute, removingForbidden: true)
    }
}
