import DocumentTree
import DOCXOutput
import LibXML
import Testing
import TestSupport

@Suite struct DOCXNumberingTests {
    static let w = DOCXParts.w

    static func numIDs(of kind: ListKind, in parts: DOCXParts) throws -> [String] {
        let style = kind == .numbered ? "ListNumber" : "ListBullet"
        return try parts.document().root.descendants(named: "p", namespace: w).filter {
            $0.descendants(named: "pStyle", namespace: w).first?.attribute("val", namespace: w) == style
        }.compactMap { $0.descendants(named: "numId", namespace: w).first?.attribute("val", namespace: w) }
    }

    @Test func everyNumberedListRestartsAtOne() throws {
        let parts = try DOCXParts(DOCXWriter().write(Fixtures.everything))
        let ids = try Self.numIDs(of: .numbered, in: parts)
        #expect(ids == ["2", "2", "3", "3", "3"])
        let numbering = try XMLDocument(parsing: try #require(parts["word/numbering.xml"])).root
        for id in Set(ids) {
            let num = try #require(numbering.children(named: "num", namespace: Self.w).first { $0.attribute("numId", namespace: Self.w) == id })
            #expect(num.firstChild(named: "abstractNumId", namespace: Self.w)?.attribute("val", namespace: Self.w) == "1")
            let override = try #require(num.firstChild(named: "lvlOverride", namespace: Self.w))
            #expect(override.attribute("ilvl", namespace: Self.w) == "0")
            #expect(override.firstChild(named: "startOverride", namespace: Self.w)?.attribute("val", namespace: Self.w) == "1")
        }
    }

    @Test func bulletsShareOneList() throws {
        let document = Document(
            metadata: Metadata(title: "b"),
            blocks: [
                .list(kind: .bulleted, items: [[.text("a")], [.text("b")]]),
                .list(kind: .numbered, items: [[.text("1")]]),
                .list(kind: .bulleted, items: [[.text("c")]]),
            ])
        let parts = try DOCXParts(DOCXWriter().write(document))
        #expect(try Self.numIDs(of: .bulleted, in: parts) == ["1", "1", "1"])
        #expect(try Self.numIDs(of: .numbered, in: parts) == ["2"])
    }

    @Test(arguments: [0, 1, 8, 9, 20])
    func declaresOneNumPerNumberedList(count: Int) throws {
        let document = Document(metadata: Metadata(title: "n"), blocks: Array(repeating: .list(kind: .numbered, items: [[.text("x")]]), count: count))
        let parts = try DOCXParts(DOCXWriter().write(document))
        let numbering = try XMLDocument(parsing: try #require(parts["word/numbering.xml"])).root
        let declared = numbering.children(named: "num", namespace: Self.w).compactMap { $0.attribute("numId", namespace: Self.w) }
        #expect(declared == (1...(count + 1)).map(String.init))
        #expect(try Self.numIDs(of: .numbered, in: parts) == (0..<count).map { String($0 + 2) })
    }
}
