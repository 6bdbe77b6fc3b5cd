/// A strict, minimal HTML reader for tests: enough of HTML5 tokenisation to rebuild the element tree
/// of the writer's output and decode its text, and strict where a lax parser would hide a bug.
///
/// Every `<` must start a tag, comment or doctype; every `&` must start a known character reference;
/// end tags must match the open element. A value that escaped unescaped therefore either shows up
/// as an element (`<script>`, `<sons>`) or as a `Failure`, never silently as text.
struct HTMLScanner {
    /// Why the input is not what the writer should produce.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong and where (a character offset).
        let description: String
    }

    /// An element with its attributes and children.
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Node] = []

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// The concatenated text of every descendant.
        var textContent: String {
            children.map { node in
                switch node {
                case .text(let text): return text
                case .element(let element): return element.textContent
                }
            }.joined()
        }

        /// Every descendant element named `name`, in document order.
        func elements(named name: String) -> [Element] {
            var found: [Element] = []
            for case .element(let child) in children {
                if child.name == name { found.append(child) }
                found += child.elements(named: name)
            }
            return found
        }

        /// The child elements, skipping text.
        var childElements: [Element] {
            children.compactMap { if case .element(let element) = $0 { element } else { nil } }
        }
    }

    /// A child of an element.
    enum Node {
        case text(String)
        case element(Element)
    }

    static let voidElements: Set<String> = ["br", "meta", "link", "img", "hr", "input", "wbr"]
    static let rawTextElements: Set<String> = ["style", "script"]
    static let references = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'", "apos": "'"]

    /// The document's root: a synthetic element whose children are the top-level nodes.
    static func parse(_ html: String) throws -> Element {
        let characters = Array(html)
        var position = 0
        let root = Element(name: "#document", attributes: [:])
        var stack = [root]
        var text = ""

        func fail(_ message: String) -> Failure { Failure(description: "\(message) at offset \(position)") }
        func flushText() {
            if !text.isEmpty { stack.last!.children.append(.text(text)) }
            text = ""
        }
        func decodeReference() throws -> String {
            guard let end = characters[position...].prefix(10).firstIndex(of: ";") else { throw fail("bare &") }
            let name = String(characters[(position + 1)..<end])
            guard let value = references[name] else { throw fail("unknown reference &\(name);") }
            position = end + 1
            return value
        }
        func readName() -> String {
            var name = ""
            while position < characters.count,
                characters[position].isLetter || characters[position].isNumber
                    || characters[position] == "-"
            {
                name.append(characters[position])
                position += 1
            }
            return name.lowercased()
        }
        func skipSpaces() {
            while position < characters.count, characters[position].isWhitespace { position += 1 }
        }

        while position < characters.count {
            let character = characters[position]
            if character == "&" {
                text += try decodeReference()
                continue
            }
            guard character == "<" else {
                text.append(character)
                position += 1
                continue
            }
            flushText()
            position += 1
            guard position < characters.count else { throw fail("< at end") }
            if characters[position] == "!" {
                guard let end = characters[position...].firstIndex(of: ">") else { throw fail("unclosed <!") }
                position = end + 1
            } else if characters[position] == "/" {
                position += 1
                let name = readName()
                guard position < characters.count, characters[position] == ">" else { throw fail("bad end tag") }
                position += 1
                guard stack.count > 1, stack.last!.name == name else { throw fail("unexpected </\(name)>") }
                stack.removeLast()
            } else {
                let name = readName()
                guard !name.isEmpty, name.first!.isLetter else { throw fail("< that starts no tag") }
                var attributes: [String: String] = [:]
                skipSpaces()
                while position < characters.count, characters[position] != ">" {
                    let attribute = readName()
                    guard !attribute.isEmpty else { throw fail("bad attribute in <\(name)>") }
                    var value = ""
                    if position < characters.count, characters[position] == "=" {
                        position += 1
                        guard position < characters.count, characters[position] == "\"" else { throw fail("unquoted value") }
                        position += 1
                        while position < characters.count, characters[position] != "\"" {
                            if characters[position] == "<" { throw fail("< in attribute") }
                            if characters[position] == "&" {
                                value += try decodeReference()
                            } else {
                                value.append(characters[position])
                                position += 1
                            }
                        }
                        position += 1
                    }
                    attributes[attribute] = value
                    skipSpaces()
                }
                position += 1
                let element = Element(name: name, attributes: attributes)
                stack.last!.children.append(.element(element))
                if rawTextElements.contains(name) {
                    let close = Array("</\(name)>")
                    var end = position
                    while end + close.count <= characters.count, Array(characters[end..<(end + close.count)]) != close {
                        end += 1
                    }
                    guard end + close.count <= characters.count else { throw fail("unclosed <\(name)>") }
                    element.children.append(.text(String(characters[position..<end])))
                    position = end + close.count
                } else if !voidElements.contains(name) {
                    stack.append(element)
                }
            }
        }
        flushText()
        guard stack.count == 1 else { throw fail("unclosed <\(stack.last!.name)>") }
        return root
    }
}
