import LibXML
import Testing
import TestSupport

/// The golden-file XML rendering escapes through LibXML's escaper and stays XML.
@Suite struct CanonicalXMLTests {
    @Test func escapesByScalarAndDropsForbiddenCharacters() throws {
        let element = XMLElement(
            name: "r", attributes: [XMLAttribute(name: "a", value: "\"\u{301}\u{1}\n")],
            children: [.text("a\u{1}b <\u{338} \u{FFFF}&")])
        let text = CanonicalXML.format(element)
        #expect(text.unicodeScalars.elementsEqual("<r a=\"&quot;\u{301}&#10;\">ab &lt;\u{338} &amp;</r>\n".unicodeScalars))
        #expect(try CanonicalXML.format(text) == text)
    }
}
