import LibXML
import Templating

/// Compiles one XML part (body, header, footer, notes) into paragraphs with tags and the
/// conditionals and loops their standalone block tags make.
///
/// Conventions: a paragraph holding nothing but one block tag is a marker and is removed; so is a
/// table row whose cells hold nothing but one block tag (the rows between its markers repeat or
/// go). Everything else stays where it is.
struct PartCompiler {
    /// The part's path, for messages.
    let part: String
    /// Paragraphs seen so far, to number them as a person counts them from the top.
    private(set) var paragraphCount = 0
    /// Whether any tag was found (a part without tags is copied byte for byte).
    private(set) var hasTags = false
    /// Every problem found.
    private(set) var problems: [DOCXTemplateFiller.TagProblem] = []

    init(part: String) { self.part = part }

    /// The root element's compiled content.
    mutating func compile(_ root: XMLElement) -> [Structured<PartNode>] {
        [.leaf(compileContainer(root))]
    }

    private mutating func compileContainer(_ element: XMLElement) -> PartNode {
        var items: [StructureBuilder<PartNode>.Item] = []
        for node in element.children {
            guard case .element(let child) = node, child.namespaceURI == WordML.namespace else {
                items.append(.leaf(.verbatim(node)))
                continue
            }
            if child.name == "p" {
                items.append(compileParagraph(child))
            } else if child.name == "tr", let marker = markerRow(child) {
                items.append(marker)
            } else if WordML.containers.contains(child.name) {
                items.append(.leaf(compileContainer(child)))
            } else {
                // Paragraph counts must match what a person sees, so count nested ones (text boxes).
                paragraphCount += child.descendants(named: "p", namespace: WordML.namespace).count
                items.append(.leaf(.verbatim(node)))
            }
        }
        let built = StructureBuilder<PartNode>.build(items, restarts: Self.restartsLists)
        problems += built.problems
        var shell = element
        shell.children = []
        return .container(shell, built.content)
    }

    private mutating func compileParagraph(_ element: XMLElement) -> StructureBuilder<PartNode>.Item {
        paragraphCount += 1
        guard let paragraph = ParagraphTemplate.compile(element, number: paragraphCount, part: part, problems: &problems) else {
            return .leaf(.verbatim(.element(element)))
        }
        hasTags = true
        guard let site = paragraph.standaloneTag else { return .leaf(.paragraph(paragraph)) }
        // A paragraph that ends a section keeps its section break, emptied of the tag.
        let residue: PartNode? =
            element.endsSection
            ? .verbatim(.element(ParagraphSlots.rewriting(element) { _, _ in [] })) : nil
        return .tag(site, residue: residue)
    }

    /// A row whose cells hold only one block tag (and blank paragraphs) is a marker row.
    private mutating func markerRow(_ row: XMLElement) -> StructureBuilder<PartNode>.Item? {
        let paragraphs = row.descendants(named: "p", namespace: WordML.namespace)
        let texts = paragraphs.map { ParagraphSlots.texts(of: $0).joined() }
        let nonBlank = texts.indices.filter { !texts[$0].allSatisfy(\.isWhitespace) }
        guard nonBlank.count == 1 else { return nil }
        var scratch: [DOCXTemplateFiller.TagProblem] = []
        let number = paragraphCount + nonBlank[0] + 1
        guard let paragraph = ParagraphTemplate.compile(paragraphs[nonBlank[0]], number: number, part: part, problems: &scratch),
            scratch.isEmpty, let site = paragraph.standaloneTag
        else { return nil }
        paragraphCount += paragraphs.count
        hasTags = true
        return .tag(site, residue: nil)
    }

    /// Whether a loop body's lists restart at each repetition: yes when it has numbered
    /// paragraphs and something else too (each item is a block with its own list); no when every
    /// paragraph is numbered (the repetitions are items of one list, which goes on).
    static func restartsLists(_ body: [Structured<PartNode>]) -> Bool {
        var numbered = 0, other = 0
        func count(_ element: XMLElement) {
            if element.isWord("p") {
                if element.numberingID != nil { numbered += 1 } else { other += 1 }
            } else {
                for child in element.childElements { count(child) }
            }
        }
        func visit(_ node: Structured<PartNode>) {
            switch node {
            case .leaf(.verbatim(.element(let element))): count(element)
            case .leaf(.paragraph(let paragraph)): count(paragraph.element)
            case .leaf(.container(_, let children)): children.forEach(visit)
            case .leaf: break
            case .conditional(let branches, let otherwise):
                branches.forEach { $0.body.forEach(visit) }
                otherwise.forEach(visit)
            case .each(_, let body, let otherwise, _):
                body.forEach(visit)
                otherwise.forEach(visit)
            }
        }
        body.forEach(visit)
        return numbered > 0 && other > 0
    }
}
