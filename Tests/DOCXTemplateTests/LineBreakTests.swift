import LibXML
import Templating
import Testing
import ZIPArchive
@testable import DOCXTemplate

/// Filled values with line ends and tabs: CR, LF and CRLF each give one `w:br`, a tab a `w:tab`,
/// and no `w:t` keeps a control character.
struct LineBreakTests {
    static let w = WordPackage.w

    func runContent(of value: String) throws -> [String] {
        let docx = WordPackage.docx(body: WordPackage.paragraphsXML("[{{note}}]"))
        let body = try WordPackage.part("word/document.xml", of: DOCXTemplateFiller(template: docx).fill(["note": .string(value)]))
        let paragraph = try #require(body.descendants(named: "p", namespace: Self.w).first)
        return paragraph.descendants(named: "r", namespace: Self.w).flatMap(\.childElements).compactMap { element in
            switch element.name {
            case "t": return "t:" + element.textContent
            case "br", "tab": return element.name
            default: return nil
            }
        }
    }

    @Test(arguments: [
        ("a\r\nb", ["t:[a", "br", "t:b]"]),
        ("a\rb", ["t:[a", "br", "t:b]"]),
        ("a\nb", ["t:[a", "br", "t:b]"]),
        ("a\r\n\r\nb", ["t:[a", "br", "br", "t:b]"]),
        ("a\n\rb", ["t:[a", "br", "br", "t:b]"]),
        ("a\tb\t", ["t:[a", "tab", "t:b", "tab", "t:]"]),
        ("1 Main St\r\nAustin,\tTX", ["t:[1 Main St", "br", "t:Austin,", "tab", "t:TX]"]),
    ])
    func lineEndsAndTabsBecomeWordElements(value: String, expected: [String]) throws {
        #expect(try runContent(of: value) == expected)
    }

    @Test func noTextElementKeepsACarriageReturnOrTab() throws {
        let docx = WordPackage.docx(body: WordPackage.paragraphsXML("{{note}}"))
        let filled = try DOCXTemplateFiller(template: docx).fill(["note": .string("x\r\ny\rz\tw")])
        let xml = String(decoding: try ZIPReader(filled).contents(atPath: "word/document.xml"), as: UTF8.self)
        #expect(!xml.contains("&#13;"))
        #expect(!xml.unicodeScalars.contains("\t"))
        #expect(WordPackage.paragraphs(try WordPackage.part("word/document.xml", of: filled)) == ["x\ny\nz\tw"])
    }
}
