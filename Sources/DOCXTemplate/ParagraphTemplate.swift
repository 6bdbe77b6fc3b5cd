import LibXML
import Templating

/// A paragraph with tags, compiled once: its text split into literal pieces and tags per `w:t`
/// slot, with inline conditionals and loops paired up.
struct ParagraphTemplate: Sendable {
    /// A piece of the paragraph's text.
    enum Piece: Sendable {
        /// Literal text.
        case text(String)
        /// A value tag (or a comment).
        case value(TagSite)
    }

    /// One piece in the slot it prints into.
    struct Leaf: Sendable {
        /// The `w:t` that receives the text: the one where the piece (or its tag) starts.
        var slot: Int
        /// What to print.
        var piece: Piece
    }

    /// The paragraph as the template has it.
    var element: XMLElement
    /// Its 1-based number in the part.
    var number: Int
    /// Its text as the template has it, for messages.
    var text: String
    /// The template text of each slot, to leave unchanged slots untouched.
    var slotTexts: [String]
    /// The content with inline blocks.
    var content: [Structured<Leaf>]
    /// When the paragraph is nothing but one block tag (and spaces or comments): that tag.
    var standaloneTag: TagSite?
    /// Whether the paragraph has inline block tags (and so may render empty and be dropped).
    var hasInlineBlocks: Bool
}

extension ParagraphTemplate {
    /// Word's typographic quotes, typed inside a tag by autocorrect, read as straight quotes.
    static func straighteningQuotes(_ text: String) -> String {
        String(
            text.map { c -> Character in
                switch c {
                case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": return "\""
                case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": return "'"
                default: return c
                }
            })
    }

    /// Compiles `element`, paragraph `number` of `part`; nil when it has no tags at all.
    static func compile(_ element: XMLElement, number: Int, part: String, problems: inout [DOCXTemplateFiller.TagProblem]) -> ParagraphTemplate? {
        let slotTexts = ParagraphSlots.texts(of: element)
        let joined = slotTexts.joined()
        guard joined.contains("{") else { return nil }
        var chars: [Character] = []
        var owner: [Int] = []
        for (slot, text) in slotTexts.enumerated() {
            chars.append(contentsOf: text)
            owner.append(contentsOf: repeatElement(slot, count: text.count))
        }
        var items: [StructureBuilder<Leaf>.Item] = []
        var literal = ""
        var literalSlot = 0
        var tags = 0, blockTags: [TagSite] = [], visibleText = false
        func flush() {
            if !literal.isEmpty { items.append(.leaf(Leaf(slot: literalSlot, piece: .text(literal)))) }
            literal = ""
        }
        var i = 0
        while i < chars.count {
            guard chars[i] == "{", i + 1 < chars.count, chars[i + 1] == "{" else {
                if literal.isEmpty || owner[i] != literalSlot { flush(); literalSlot = owner[i] }
                literal.append(chars[i])
                if !chars[i].isWhitespace { visibleText = true }
                i += 1
                continue
            }
            flush()
            var end = i + 2
            while end + 1 < chars.count, !(chars[end] == "}" && chars[end + 1] == "}") { end += 1 }
            guard end + 1 < chars.count else {
                problems.append(
                    .init(
                        part: part, paragraph: number, paragraphText: joined, tag: String(chars[i...].prefix(40)),
                        message: "unterminated tag: expected '}}' before the end of the paragraph"))
                break
            }
            let spelling = String(chars[i..<(end + 2)])
            let content = straighteningQuotes(String(chars[(i + 2)..<end]))
            let location = TemplateDiagnostic.Location(file: part, line: number, column: i + 1)
            tags += 1
            do {
                let tag = try StandaloneTag(parsing: content, at: location, sourceLine: joined)
                let site = TagSite(tag: tag, part: part, paragraph: number, paragraphText: joined, spelling: spelling, slot: owner[i])
                switch tag.role {
                case .value, .comment: items.append(.leaf(Leaf(slot: owner[i], piece: .value(site))))
                case .partial(let name):
                    problems.append(site.problem("partials such as {{> \(name)}} are not available in Word templates; paste the text in"))
                default:
                    blockTags.append(site)
                    items.append(.tag(site, residue: nil))
                }
            } catch {
                problems.append(.init(part: part, paragraph: number, paragraphText: joined, tag: spelling, message: error.message))
            }
            i = end + 2
        }
        flush()
        guard tags > 0 else { return nil }
        let standalone =
            blockTags.count == 1 && !visibleText
            && !items.contains { if case .leaf(let leaf) = $0, case .value(let site) = leaf.piece { return site.tag.role == .value } else { return false } }
        var content: [Structured<Leaf>] = []
        if !standalone {
            let built = StructureBuilder<Leaf>.build(items)
            problems += built.problems
            content = built.content.map(Self.mergingLoopSlots)
        }
        return ParagraphTemplate(
            element: element, number: number, text: joined, slotTexts: slotTexts, content: content,
            standaloneTag: standalone ? blockTags[0] : nil, hasInlineBlocks: !blockTags.isEmpty)
    }

    /// An inline loop whose body spans several runs prints into the first of them, so that the
    /// repetitions come out in order (a run cannot be repeated piecewise).
    static func mergingLoopSlots(_ node: Structured<Leaf>) -> Structured<Leaf> {
        switch node {
        case .leaf: return node
        case .conditional(let branches, let otherwise):
            return .conditional(
                branches: branches.map { .init(site: $0.site, body: $0.body.map(mergingLoopSlots)) },
                otherwise: otherwise.map(mergingLoopSlots))
        case .each(let site, let body, let otherwise, let restarts):
            let whole = Structured<Leaf>.each(site, body: body, otherwise: otherwise, restartsLists: restarts)
            let slots = Set(whole.leaves.map(\.slot))
            guard slots.count > 1, let first = slots.min() else { return whole }
            return whole.mapLeaves { Leaf(slot: first, piece: $0.piece) }
        }
    }
}
