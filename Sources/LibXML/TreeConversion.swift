internal import CLibXML2

/// Copies a libxml2 tree into value types, so no C pointer outlives the parse.
enum TreeConversion {
    static func document(from document: xmlDocPtr, diagnostics: [XMLDiagnostic]) throws(XMLDocument.Error) -> XMLDocument {
        guard let root = xmlDocGetRootElement(document) else { throw .noRootElement }
        return XMLDocument(root: element(from: root), diagnostics: diagnostics)
    }

    static func element(from node: xmlNodePtr) -> XMLElement {
        var element = XMLElement(
            name: string(node.pointee.name), prefix: node.pointee.ns.flatMap { optionalString($0.pointee.prefix) },
            namespaceURI: node.pointee.ns.flatMap { optionalString($0.pointee.href) }, line: Int(xmlGetLineNo(node)))
        var declaration = node.pointee.nsDef
        while let ns = declaration {
            element.namespaceDeclarations.append(
                XMLNamespaceDeclaration(prefix: optionalString(ns.pointee.prefix), uri: string(ns.pointee.href)))
            declaration = ns.pointee.next
        }
        var property = node.pointee.properties
        while let attribute = property {
            element.attributes.append(
                XMLAttribute(
                    name: string(attribute.pointee.name),
                    prefix: attribute.pointee.ns.flatMap { optionalString($0.pointee.prefix) },
                    namespaceURI: attribute.pointee.ns.flatMap { optionalString($0.pointee.href) },
                    value: text(of: attribute.pointee.children)))
            property = attribute.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            if let converted = self.node(from: current) { element.children.append(converted) }
            child = current.pointee.next
        }
        return element
    }

    static func node(from node: xmlNodePtr) -> XMLNode? {
        switch node.pointee.type {
        case XML_ELEMENT_NODE: return .element(element(from: node))
        case XML_TEXT_NODE: return .text(string(node.pointee.content))
        case XML_CDATA_SECTION_NODE: return .cdata(string(node.pointee.content))
        case XML_COMMENT_NODE: return .comment(string(node.pointee.content))
        case XML_PI_NODE: return .processingInstruction(target: string(node.pointee.name), data: string(node.pointee.content))
        case XML_ENTITY_REF_NODE: return .entityReference(string(node.pointee.name))
        default: return nil
        }
    }

    /// An attribute's value: its text children; unexpanded entity references contribute nothing.
    static func text(of first: xmlNodePtr?) -> String {
        var out = ""
        var child = first
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE { out += string(current.pointee.content) }
            child = current.pointee.next
        }
        return out
    }

    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    static func optionalString(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
