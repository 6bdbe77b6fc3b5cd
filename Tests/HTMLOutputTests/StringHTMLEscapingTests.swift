import HTMLOutput
import LibXML
import Testing

/// The public escaper works scalar by scalar, so a markup character is escaped even when a
/// combining mark makes it part of a larger grapheme cluster.
@Suite struct StringHTMLEscapingTests {
    @Test(arguments: [
        ("<\u{338}", "&lt;\u{338}"),
        ("\"\u{301}", "&quot;\u{301}"),
        (">\u{20D2}x", "&gt;\u{20D2}x"),
        ("&\u{301}amp;", "&amp;\u{301}amp;"),
        ("'\u{301}", "&#39;\u{301}"),
        ("a\u{0}b\u{1B}c\u{85}d\u{FFFE}", "abcd"),
        ("tab\tline\ncr\r", "tab\tline\ncr\r"),
        ("plain é 😀", "plain é 😀"),
    ])
    func escapesEachScalar(input: String, expected: String) {
        #expect(input.htmlEscaped.unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test func aClusterStartingWithMarkupCannotOpenATagOrEndAnAttribute() throws {
        let value = "<\u{338}script\u{301}>\"\u{301} x=\"1"
        let page = "<!DOCTYPE html><html><body><p title=\"" + value.htmlEscaped + "\">" + value.htmlEscaped + "</p></body></html>"
        let body = try #require(try XMLDocument(parsingHTML: page).root.firstChild(named: "body"))
        let paragraph = try #require(body.firstChild(named: "p"))
        #expect(body.childElements.count == 1)
        #expect(paragraph.childElements.isEmpty)
        #expect(paragraph.attributes.map(\.name) == ["title"])
        #expect(paragraph.attribute("title")?.unicodeScalars.elementsEqual(value.unicodeScalars) == true)
        #expect(paragraph.textContent.unicodeScalars.elementsEqual(value.unicodeScalars))
    }
}
