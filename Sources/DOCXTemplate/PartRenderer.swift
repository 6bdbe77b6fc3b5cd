import DocumentTree
import LibXML
import Templating

/// Fills one compiled part: walks its content with a scope, repeats and drops paragraphs and
/// rows, and collects every problem (each once).
struct PartRenderer {
    /// Lists that restart inside loops get fresh numbering instances here.
    var numbering: NumberingRestarts
    /// Every problem, in document order.
    private(set) var problems: [DOCXTemplateFiller.TagProblem] = []
    private var seen: Set<DOCXTemplateFiller.TagProblem> = []
    /// Nodes visited and bytes of text filled in, against the same budget as a Markdown render
    /// (``TemplateLimits/renderSteps``, ``TemplateLimits/renderOutput``).
    private var steps = 0
    private var written = 0
    /// Whether the budget ran out; every walk then stops where it is.
    private(set) var isExhausted = false
    private var exhaustionReported = false

    init(numbering: NumberingRestarts) {
        self.numbering = numbering
    }

    mutating func report(_ problem: DOCXTemplateFiller.TagProblem) {
        if seen.insert(problem).inserted { problems.append(problem) }
    }

    /// The nodes `content` renders to.
    mutating func render(_ content: [Structured<PartNode>], scope: TagScope) -> [XMLNode] {
        var out: [XMLNode] = []
        for node in content { render(node, scope: scope, into: &out) }
        return out
    }

    /// Counts one node visited and `bytes` written; false once the budget is spent.
    private mutating func spend(bytes: Int = 0) -> Bool {
        steps += 1
        written += bytes
        if steps > TemplateLimits.renderSteps || written > TemplateLimits.renderOutput { isExhausted = true }
        return !isExhausted
    }

    /// Reports the exhausted budget once, at the loop that was running.
    private mutating func reportExhaustion(_ site: TagSite) {
        guard !exhaustionReported else { return }
        exhaustionReported = true
        report(site.problem(Self.exhaustedMessage))
    }

    static let exhaustedMessage =
        "the document is too large to fill: more than \(TemplateLimits.renderSteps) steps or \(TemplateLimits.renderOutput >> 20) MiB of text (nested {{#each}} loops multiply both); fill less, or split the template"

    private mutating func render(_ node: Structured<PartNode>, scope: TagScope, into out: inout [XMLNode]) {
        guard spend() else { return }
        switch node {
        case .leaf(let leaf):
            switch leaf {
            case .verbatim(let node): out.append(node)
            case .paragraph(let paragraph):
                if let element = render(paragraph, scope: scope) { out.append(.element(element)) }
            case .container(let shell, let children):
                var element = shell
                element.children = render(children, scope: scope)
                if WordML.needsParagraph.contains(element.name), !element.childElements.contains(where: { $0.isWord("p") }) {
                    element.children.append(.element(WordML.element("p", prefix: element.prefix)))
                }
                out.append(.element(element))
            }
        case .conditional(let branches, let otherwise):
            let taken = branches.first { scope.isTrue($0.site.tag) }
            out += render(taken?.body ?? otherwise, scope: scope)
        case .each(let site, let body, let otherwise, let restarts):
            let items: [TemplateValue]
            do {
                items = try scope.items(of: site.tag)
            } catch {
                report(site.problem(error.message))
                return
            }
            if items.isEmpty { out += render(otherwise, scope: scope) }
            for (index, item) in items.enumerated() {
                var repetition = render(body, scope: scope.entering(item: item, index: index, count: items.count))
                if isExhausted { return reportExhaustion(site) }
                if restarts { numbering.restart(&repetition) }
                out += repetition
            }
        }
    }

    /// The filled paragraph, or nil when it has inline blocks and nothing visible is left.
    mutating func render(_ paragraph: ParagraphTemplate, scope: TagScope) -> XMLElement? {
        var outputs = [String](repeating: "", count: paragraph.slotTexts.count)
        for node in paragraph.content { fill(node, scope: scope, into: &outputs) }
        let prefix = paragraph.element.prefix
        let filled = ParagraphSlots.rewriting(paragraph.element) { slot, _ in
            guard outputs[slot] != paragraph.slotTexts[slot] else { return nil }
            return Self.runContent(outputs[slot], prefix: prefix)
        }
        if paragraph.hasInlineBlocks, !filled.endsSection, Self.isEmpty(filled) { return nil }
        return filled
    }

    private mutating func fill(_ node: Structured<ParagraphTemplate.Leaf>, scope: TagScope, into outputs: inout [String]) {
        guard spend() else { return }
        switch node {
        case .leaf(let leaf):
            switch leaf.piece {
            case .text(let text):
                guard spend(bytes: text.utf8.count) else { return }
                outputs[leaf.slot] += text
            case .value(let site):
                do {
                    let text = try scope.text(of: site.tag).removingXMLForbiddenCharacters
                    guard spend(bytes: text.utf8.count) else { return }
                    outputs[leaf.slot] += text
                } catch {
                    report(site.problem(error.message))
                }
            }
        case .conditional(let branches, let otherwise):
            let taken = branches.first { scope.isTrue($0.site.tag) }
            for child in taken?.body ?? otherwise { fill(child, scope: scope, into: &outputs) }
        case .each(let site, let body, let otherwise, _):
            let items: [TemplateValue]
            do {
                items = try scope.items(of: site.tag)
            } catch {
                return report(site.problem(error.message))
            }
            if items.isEmpty { for child in otherwise { fill(child, scope: scope, into: &outputs) } }
            for (index, item) in items.enumerated() {
                let inner = scope.entering(item: item, index: index, count: items.count)
                for child in body { fill(child, scope: inner, into: &outputs) }
                if isExhausted { return reportExhaustion(site) }
            }
        }
    }

    /// Filled text as run content: tabs become `w:tab`, and CR, LF or CRLF one `w:br` each (a
    /// `w:t` would keep a tab as an ordinary space and a CR as `&#13;`). Split by Unicode scalar,
    /// since CRLF is a single Swift Character.
    static func runContent(_ text: String, prefix: String?) -> [XMLNode] {
        var nodes: [XMLNode] = []
        var pending = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        func flush() {
            if !pending.isEmpty { nodes.append(.element(WordML.text(String(pending), prefix: prefix))) }
            pending = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t":
                flush()
                nodes.append(.element(WordML.element("tab", prefix: prefix)))
            case "\r", "\n":
                flush()
                if !(scalar == "\n" && previous == "\r") { nodes.append(.element(WordML.element("br", prefix: prefix))) }
            default:
                pending.append(scalar)
            }
            previous = scalar
        }
        flush()
        return nodes
    }

    /// Whether a paragraph shows nothing: no text and no tab, break, drawing, field or note mark.
    static func isEmpty(_ paragraph: XMLElement) -> Bool {
        paragraph.descendants { element in
            guard element.namespaceURI == WordML.namespace else { return false }
            if element.name == "t" { return !element.textContent.isEmpty }
            return WordML.visibleContent.contains(element.name)
        }.isEmpty
    }
}
