extension XMLElement {
    /// The element as compact XML text: prefixes, namespace declarations, attribute order, comments
    /// and processing instructions as parsed; text escaped (`& < >`, and `"` in attributes).
    /// Parsing the result gives an equal element (apart from `line`), so a tree read from a user's
    /// .docx can be changed and written back.
    public var xmlString: String {
        var out: [UInt8] = []
        appendXML(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``xmlString``'s UTF-8 bytes to `out`: one buffer for a whole part, no string per node.
    public func appendXML(to out: inout [UInt8]) {
        out.append(0x3C)  // <
        Self.appendName(prefix, name, to: &out)
        for declaration in namespaceDeclarations {
            out.append(contentsOf: " xmlns".utf8)
            if let prefix = declaration.prefix {
                out.append(0x3A)  // :
                out.append(contentsOf: prefix.utf8)
            }
            Self.appendValue(declaration.uri, to: &out)
        }
        for attribute in attributes {
            out.append(0x20)
            Self.appendName(attribute.prefix, attribute.name, to: &out)
            Self.appendValue(attribute.value, to: &out)
        }
        guard !children.isEmpty else {
            out.append(contentsOf: "/>".utf8)
            return
        }
        out.append(0x3E)  // >
        for child in children {
            switch child {
            case .element(let element): element.appendXML(to: &out)
            case .text(let text): XMLEscaping.append(text, attribute: false, to: &out)
            case .cdata(let text):
                out.append(contentsOf: "<![CDATA[".utf8)
                out.append(contentsOf: text.split(separator: "]]>", omittingEmptySubsequences: false).joined(separator: "]]]]><![CDATA[>").utf8)
                out.append(contentsOf: "]]>".utf8)
            case .comment(let text):
                out.append(contentsOf: "<!--".utf8)
                out.append(contentsOf: text.utf8)
                out.append(contentsOf: "-->".utf8)
            case .processingInstruction(let target, let data):
                out.append(contentsOf: "<?".utf8)
                out.append(contentsOf: target.utf8)
                if !data.isEmpty {
                    out.append(0x20)
                    out.append(contentsOf: data.utf8)
                }
                out.append(contentsOf: "?>".utf8)
            case .entityReference(let name):
                out.append(0x26)  // &
                out.append(contentsOf: name.utf8)
                out.append(0x3B)  // ;
            }
        }
        out.append(contentsOf: "</".utf8)
        Self.appendName(prefix, name, to: &out)
        out.append(0x3E)
    }

    /// `="value"`, escaped for an attribute.
    private static func appendValue(_ value: String, to out: inout [UInt8]) {
        out.append(contentsOf: "=\"".utf8)
        XMLEscaping.append(value, attribute: true, to: &out)
        out.append(0x22)
    }

    /// `prefix:name`, or `name`.
    private static func appendName(_ prefix: String?, _ name: String, to out: inout [UInt8]) {
        if let prefix {
            out.append(contentsOf: prefix.utf8)
            out.append(0x3A)  // :
        }
        out.append(contentsOf: name.utf8)
    }
}
