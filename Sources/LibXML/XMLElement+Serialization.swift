extension XMLElement {
    /// The element as compact XML text: prefixes, namespace declarations, attribute order, comments
    /// and processing instructions as parsed; text escaped (`& < >`, and `"` in attributes).
    /// Parsing the result gives an equal element (apart from `line`), so a tree read from a user's
    /// .docx can be changed and written back.
    public var xmlString: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        out += "<" + qualifiedName
        for declaration in namespaceDeclarations {
            out += " xmlns" + (declaration.prefix.map { ":" + $0 } ?? "") + "=\"" + Self.escape(declaration.uri, quote: true) + "\""
        }
        for attribute in attributes {
            out += " " + attribute.qualifiedName + "=\"" + Self.escape(attribute.value, quote: true) + "\""
        }
        guard !children.isEmpty else {
            out += "/>"
            return
        }
        out += ">"
        for child in children {
            switch child {
            case .element(let element): element.write(to: &out)
            case .text(let text): out += Self.escape(text, quote: false)
            case .cdata(let text): out += "<![CDATA[" + text.split(separator: "]]>", omittingEmptySubsequences: false).joined(separator: "]]]]><![CDATA[>") + "]]>"
            case .comment(let text): out += "<!--" + text + "-->"
            case .processingInstruction(let target, let data): out += "<?" + target + (data.isEmpty ? "" : " " + data) + "?>"
            case .entityReference(let name): out += "&" + name + ";"
            }
        }
        out += "</" + qualifiedName + ">"
    }

    static func escape(_ text: String, quote: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quote: out += "&quot;"
            case "\n" where quote: out += "&#10;"
            case "\t" where quote: out += "&#9;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
