import LibXML
import Testing

/// The tree conversion recurses once per element level; libxml2's own depth limit (256 without
/// XML_PARSE_HUGE, which is never set) keeps it far from the end of the stack.
@Suite struct DepthTests {
    @Test func deepNestingIsRefusedNotACrash() {
        let n = 100_000
        let xml = String(repeating: "<a>", count: n) + String(repeating: "</a>", count: n)
        #expect(throws: XMLDocument.Error.self) { try XMLDocument(parsing: xml) }
        #expect(throws: XMLDocument.Error.self) { try XMLDocument.check(Array(xml.utf8)) }
    }

    @Test func nestingWithinTheLimitParses() throws {
        let n = 200
        let xml = String(repeating: "<a>", count: n) + String(repeating: "</a>", count: n)
        #expect(try XMLDocument(parsing: xml).root.name == "a")
    }
}
