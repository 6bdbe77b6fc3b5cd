import LibXML

/// Fresh numbering instances (`w:num`) for lists that restart inside loops: each repetition's
/// numbered paragraphs move to a new instance of the same abstract list, with `w:startOverride`
/// on every level, so Word and LibreOffice count from the start again.
struct NumberingRestarts: Sendable {
    /// `word/numbering.xml` as the template has it, or nil when there is none.
    let original: XMLElement?
    /// The instances added, in order.
    private(set) var added: [XMLElement] = []
    private var nextID: Int
    private var abstractOf: [String: String] = [:]
    private var startsOf: [String: [(level: String, start: String)]] = [:]

    init(numbering: XMLElement?) {
        original = numbering
        let nums = numbering?.children(named: "num", namespace: WordML.namespace) ?? []
        nextID = (nums.compactMap { $0.attribute("numId", namespace: WordML.namespace).flatMap(Int.init) }.max() ?? 0) + 1
        for num in nums {
            if let id = num.attribute("numId", namespace: WordML.namespace),
                let abstract = num.firstChild(named: "abstractNumId", namespace: WordML.namespace)?.wordValue
            {
                abstractOf[id] = abstract
            }
        }
        for abstract in numbering?.children(named: "abstractNum", namespace: WordML.namespace) ?? [] {
            guard let id = abstract.attribute("abstractNumId", namespace: WordML.namespace) else { continue }
            startsOf[id] = abstract.children(named: "lvl", namespace: WordML.namespace).compactMap { level in
                guard let ilvl = level.attribute("ilvl", namespace: WordML.namespace) else { return nil }
                return (ilvl, level.firstChild(named: "start", namespace: WordML.namespace)?.wordValue ?? "1")
            }
        }
    }

    /// Moves every list in `nodes` to a fresh instance (one per list, shared by its paragraphs).
    mutating func restart(_ nodes: inout [XMLNode]) {
        var fresh: [String: String] = [:]
        nodes = nodes.map { renumber($0, &fresh) }
    }

    private mutating func renumber(_ node: XMLNode, _ fresh: inout [String: String]) -> XMLNode {
        guard case .element(var element) = node else { return node }
        if element.isWord("numId"), let id = element.wordValue, let abstract = abstractOf[id] {
            let newID = fresh[id] ?? instance(of: abstract, prefix: original?.prefix)
            fresh[id] = newID
            abstractOf[newID] = abstract
            element.attributes = element.attributes.map { attribute in
                var copy = attribute
                if attribute.name == "val", attribute.namespaceURI == WordML.namespace { copy.value = newID }
                return copy
            }
            return .element(element)
        }
        element.children = element.children.map { renumber($0, &fresh) }
        return .element(element)
    }

    private mutating func instance(of abstract: String, prefix: String?) -> String {
        let id = String(nextID)
        nextID += 1
        let overrides = (startsOf[abstract] ?? [("0", "1")]).map { level in
            XMLNode.element(
                WordML.element(
                    "lvlOverride", prefix: prefix, attributes: [("ilvl", level.level)],
                    children: [
                        .element(WordML.element("startOverride", prefix: prefix, attributes: [("val", level.start)]))
                    ]))
        }
        added.append(
            WordML.element(
                "num", prefix: prefix, attributes: [("numId", id)],
                children: [
                    .element(WordML.element("abstractNumId", prefix: prefix, attributes: [("val", abstract)]))
                ] + overrides))
        return id
    }

    /// `word/numbering.xml` with the added instances after the existing ones; nil when none were added.
    var updated: XMLElement? {
        guard var numbering = original, !added.isEmpty else { return nil }
        let lastNum = numbering.children.lastIndex { $0.element.map { $0.isWord("num") || $0.isWord("abstractNum") } ?? false }
        let at = lastNum.map { $0 + 1 } ?? numbering.children.count
        numbering.children.insert(contentsOf: added.map(XMLNode.element), at: at)
        return numbering
    }
}
