import LibXML

/// Names of WordprocessingML and helpers to build its elements in the document's own prefix.
enum WordML {
    /// The WordprocessingML main namespace.
    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// The namespace of `xml:space`.
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// Elements whose children are blocks (paragraphs, tables) or rows and cells: descended into.
    static let containers: Set<String> = [
        "document", "body", "hdr", "ftr", "footnotes", "footnote", "endnotes", "endnote",
        "tbl", "tr", "tc", "sdt", "sdtContent", "customXml",
    ]
    /// Containers the schema (and Word) want to hold at least one paragraph.
    static let needsParagraph: Set<String> = ["tc", "hdr", "ftr", "footnote", "endnote"]
    /// Paragraph children that hold runs, so that their text belongs to the paragraph.
    static let runHolders: Set<String> = ["hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "dir", "bdo"]
    /// Run content that is visible even with no text, so its paragraph is never dropped as empty.
    static let visibleContent: Set<String> = [
        "tab", "ptab", "br", "cr", "drawing", "pict", "object", "sym", "fldChar", "instrText", "fldSimple",
        "footnoteReference", "endnoteReference", "separator", "continuationSeparator", "footnoteRef", "endnoteRef",
    ]

    /// An element in the WordprocessingML namespace with `prefix`.
    static func element(_ name: String, prefix: String?, attributes: [(String, String)] = [], children: [XMLNode] = []) -> XMLElement {
        XMLElement(
            name: name, prefix: prefix, namespaceURI: namespace,
            attributes: attributes.map { XMLAttribute(name: $0.0, prefix: prefix, namespaceURI: namespace, value: $0.1) },
            children: children)
    }

    /// `<w:t xml:space="preserve">text</w:t>`.
    static func text(_ text: String, prefix: String?) -> XMLElement {
        XMLElement(
            name: "t", prefix: prefix, namespaceURI: namespace,
            attributes: [XMLAttribute(name: "space", prefix: "xml", namespaceURI: xmlNamespace, value: "preserve")],
            children: [.text(text)])
    }
}

extension XMLElement {
    /// Whether this is the WordprocessingML element `name`.
    func isWord(_ name: String) -> Bool { self.name == name && namespaceURI == WordML.namespace }

    /// The `w:val` attribute.
    var wordValue: String? { attribute("val", namespace: WordML.namespace) }

    /// The list (`w:numPr/w:numId`) this paragraph is numbered in, if any; `0` means none.
    var numberingID: String? {
        guard
            let id = firstChild(named: "pPr", namespace: WordML.namespace)?
                .firstChild(named: "numPr", namespace: WordML.namespace)?
                .firstChild(named: "numId", namespace: WordML.namespace)?.wordValue, id != "0"
        else { return nil }
        return id
    }

    /// Whether the paragraph ends a section (`w:pPr/w:sectPr`): it must never be removed.
    var endsSection: Bool {
        firstChild(named: "pPr", namespace: WordML.namespace)?.firstChild(named: "sectPr", namespace: WordML.namespace) != nil
    }
}
