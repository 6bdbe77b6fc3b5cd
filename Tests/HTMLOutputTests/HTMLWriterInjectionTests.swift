import DocumentTree
import Testing

import HTMLOutput

@Suite struct HTMLWriterInjectionTests {
    /// Values that would change the structure of a careless writer's output.
    static let adversarialValues = [
        "O'Brien & <Sons>", "**bold**", "{{debtor.name}}", "</w:t><w:t>", "<script>alert(1)</script>",
        "Dolores 😀👍🏽 Ruiz", "מרים כהן", "فاطمة الزهراء", "\" onload=\"alert(1)", "&amp; &#60; &lt;",
        "</p></main><script>x</script>", "Ann\u{0}ie\u{7} Lee\u{0C}\u{7F}\u{85}" + scalars(0xFFFE, 0xFDD0),
    ]

    /// Every place a value can go, holding `value`.
    static func document(holding value: String) -> Document {
        Document(
            metadata: Metadata(title: value, language: value, summary: value, author: value),
            blocks: [
                .heading(level: 2, content: [.text(value)]),
                .paragraph(style: .address, content: [.text(value)]),
                .paragraph(style: .body, content: [.strong([.text(value)])]),
                .list(kind: .bulleted, items: [[.emphasis([.text(value)])]]),
                .list(kind: .numbered, items: [[.underline([.text(value)])]]),
                .table(Table(header: [[.text(value)]], rows: [[[.text(value)]]])),
            ])
    }

    /// What the value should read as once the characters HTML cannot carry are gone.
    static func expected(_ value: String) -> String {
        String(
            String.UnicodeScalarView(
                value.unicodeScalars.filter { scalar in
                    scalar.properties.generalCategory != .control || scalar == "\n" || scalar == "\t"
                }.filter { $0.properties.isNoncharacterCodePoint == false }))
    }

    @Test(arguments: adversarialValues)
    func valuesComeOutAsEscapedText(value: String) throws {
        let html = HTMLWriter().write(Self.document(holding: value))
        let root = try HTMLScanner.parse(html)
        let expected = Self.expected(value)
        #expect(root.elements(named: "script").isEmpty)
        #expect(root.elements(named: "title").map(\.textContent) == [expected])
        let metas = root.elements(named: "meta")
        #expect(metas.first { $0.attributes["name"] == "description" }?.attributes["content"] == expected)
        #expect(metas.first { $0.attributes["name"] == "author" }?.attributes["content"] == expected)
        #expect(metas.allSatisfy { Set($0.attributes.keys).isSubset(of: ["charset", "name", "content"]) })
        let main = try #require(root.elements(named: "main").first)
        #expect(main.childElements.map(\.name) == ["h2", "p", "p", "ul", "ol", "table"])
        for name in ["h2", "p", "strong", "em", "u", "th", "td", "li"] {
            #expect(main.elements(named: name).allSatisfy { $0.textContent == expected }, "\(name)")
        }
        #expect(main.elements(named: "p").allSatisfy { $0.childElements.allSatisfy { $0.name == "strong" } })
    }

    @Test func forbiddenCharactersNeverReachTheFile() {
        let html = HTMLWriter().write(Self.document(holding: "a\u{0}b\u{1}c\u{8}d\u{B}e\u{1F}f\u{7F}g\u{9F}h" + scalars(0xFFFF) + "i" + scalars(0x1FFFE)))
        let bad = html.unicodeScalars.filter { scalar in
            (scalar.properties.generalCategory == .control && scalar != "\n") || scalar.properties.isNoncharacterCodePoint
        }
        #expect(bad.isEmpty)
        #expect(html.contains("<h2>abcdefghi</h2>"))
    }
}

/// A string of the given code points; Swift literals reject noncharacters such as U+FFFE.
private func scalars(_ values: UInt32...) -> String {
    String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
}
