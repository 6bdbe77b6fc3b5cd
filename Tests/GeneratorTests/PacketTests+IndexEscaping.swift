import CaseModel
import Generator
import LibXML
import Testing

extension PacketTests {
    /// A value whose first scalar is markup but whose grapheme cluster is larger (`<` + U+0338,
    /// `"` + U+0301) is still escaped on the index page: no element or attribute comes from it.
    @Test(arguments: ["<\u{338}b\u{301}>bold</b>", "\"\u{301} onclick=\"x", "&\u{301}lt;", "'\u{301}"])
    func indexEscapesClustersThatStartWithMarkup(value: String) throws {
        let packet = Packet(
            title: "T " + value, language: "en", caseID: "c" + value, date: Repository.asOf,
            entries: [Packet.Entry(documentID: "d", title: value, description: value, applies: false, fileNames: ["d.txt"])],
            combinedFileNames: [])
        let html = packet.indexHTML()
        let scalars = Array(html.unicodeScalars)
        for raw in ["<\u{338}", "\"\u{301}", "&\u{301}", "'\u{301}"] {
            let needle = Array(raw.unicodeScalars)
            #expect(!scalars.indices.contains { scalars[$0...].starts(with: needle) }, "unescaped \(raw.debugDescription)")
        }
        let root = try XMLDocument(parsingHTML: html).root
        let item = try #require(root.descendants(named: "li").first)
        #expect(item.childElements.map(\.name) == ["strong", "em", "span"])
        #expect(item.childElements.first?.textContent.unicodeScalars.elementsEqual(value.unicodeScalars) == true)
        #expect(root.descendants(named: "b").isEmpty)
        #expect(root.descendants { $0.attribute("onclick") != nil }.isEmpty)
        let title = try #require(root.descendants(named: "title").first)
        #expect(title.textContent.unicodeScalars.elementsEqual(("T " + value).unicodeScalars))
    }
}
