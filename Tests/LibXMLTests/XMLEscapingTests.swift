import LibXML
import Testing

/// The one XML escaper: by Unicode scalar, straight into bytes, optionally dropping characters
/// XML forbids; and the serializer that writes through it.
@Suite struct XMLEscapingTests {
    @Test(arguments: [
        ("a & b < c > d", false, "a &amp; b &lt; c &gt; d"),
        ("<\u{338}", false, "&lt;\u{338}"),
        ("\"\u{301}", true, "&quot;\u{301}"),
        ("\"\u{301}", false, "\"\u{301}"),
        ("x\r\ny\tz", false, "x&#13;\ny\tz"),
        ("x\r\ny\tz", true, "x&#13;&#10;y&#9;z"),
        ("€ 😀 \u{FFFD} \u{EFBF}", false, "€ 😀 \u{FFFD} \u{EFBF}"),
    ])
    func escapesEachScalar(text: String, attribute: Bool, expected: String) {
        #expect(XMLEscaping.escaped(text, attribute: attribute).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test func dropsForbiddenCharactersOnlyWhenAsked() {
        let text = "a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}e\u{FFFD}\u{FEFF}\u{EFBF}\t\n"
        #expect(XMLEscaping.escaped(text, attribute: false, removingForbidden: true) == "abcde\u{FFFD}\u{FEFF}\u{EFBF}\t\n")
        #expect(XMLEscaping.escaped(text, attribute: false) == text)
    }

    @Test func appendsToTheBufferItIsGiven() {
        var out = Array("<p>".utf8)
        XMLEscaping.append("1 < 2", attribute: false, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "<p>1 &lt; 2")
    }

    @Test func serializesEveryNodeKindExactly() throws {
        let source =
            "<w:document xmlns:w=\"urn:w\" xmlns=\"urn:d\" w:a=\"q&quot;&#10;&#9;&#13;&lt;\" b=\"&amp;\">"
            + "<w:t xml:space=\"preserve\">a &amp; &lt;b&gt; &#13;\n\t\u{338}é</w:t><!-- c --><?pi data?><?bare?>"
            + "<x><![CDATA[1]]]]><![CDATA[>2]]></x><empty/></w:document>"
        let element = try XMLDocument(parsing: source).root
        #expect(element.xmlString == source)
        var buffer = Array("<?xml?>".utf8)
        element.appendXML(to: &buffer)
        #expect(buffer == Array(("<?xml?>" + source).utf8))
    }
}
