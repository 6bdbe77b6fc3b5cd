import Testing
import LibXML

@Suite struct XMLDocumentTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    @Test func parsesAWellFormedDocument() throws {
        let document = try XMLDocument(
            parsing: """
                <?xml version="1.0" encoding="UTF-8"?>
                <root a="1" b="x &amp; y"><child>one</child><!-- c --><child>t&#233;&lt;</child><![CDATA[<raw>]]></root>
                """)
        #expect(document.root.name == "root")
        #expect(document.root.attribute("b") == "x & y")
        #expect(document.root.children(named: "child").map(\.textContent) == ["one", "té<"])
        #expect(document.root.textContent == "oneté<<raw>")
        #expect(document.root.children.contains(.comment(" c ")))
        #expect(document.root.line == 2)
    }

    @Test(arguments: [
        ("<a><b></a>", 1, 11),
        ("<a>\n  <b>\n</a>", 3, 5),
        ("<a>x & y</a>", 1, 7),
        ("<a>\n\n<b c=\"1\" c=\"2\"/></a>", 3, 15),
        ("<a/><b/>", 1, 5),
    ])
    func reportsIllFormedInputWithLineAndColumn(source: String, line: Int, column: Int) {
        #expect {
            try XMLDocument(parsing: source)
        } throws: { error in
            guard case .malformed(let diagnostic)? = error as? XMLDocument.Error else { return false }
            return diagnostic.line == line && diagnostic.column == column && diagnostic.severity == .fatal
        }
    }

    @Test func refusesEmptyInput() {
        #expect(throws: XMLDocument.Error.self) { try XMLDocument(parsing: [UInt8]()) }
    }

    @Test func refusesADoctypeByDefault() {
        let source = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
        #expect(throws: XMLDocument.Error.doctypeNotAllowed(line: 2)) { try XMLDocument(parsing: source) }
    }

    @Test func neverExpandsAnExternalEntity() throws {
        let source = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
        let document = try XMLDocument(parsing: source, allowingDoctype: true)
        #expect(document.root.children == [.entityReference("e")])
        #expect(document.root.textContent.isEmpty)
        #expect(!document.root.textContent.contains("root:"))
    }

    @Test func doesNotLoadAnExternalDTD() throws {
        let source = "<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x a=\"1\">ok</x>"
        let document = try XMLDocument(parsing: source, allowingDoctype: true)
        #expect(document.root.textContent == "ok")
    }

    @Test func resolvesNamespaces() throws {
        let document = try XMLDocument(
            parsing: """
                <w:document xmlns:w="\(Self.w)" xmlns="urn:default"><w:body><w:p><w:r><w:t xml:space="preserve"> Hi </w:t></w:r></w:p><plain/></w:body></w:document>
                """)
        let root = document.root
        #expect(root.name == "document" && root.prefix == "w" && root.namespaceURI == Self.w)
        #expect(root.namespaceDeclarations == [.init(prefix: "w", uri: Self.w), .init(prefix: nil, uri: "urn:default")])
        let t = try #require(root.descendants(named: "t", namespace: Self.w).first)
        #expect(t.textContent == " Hi ")
        #expect(t.attribute("space", namespace: "http://www.w3.org/XML/1998/namespace") == "preserve")
        #expect(t.attributes.first?.qualifiedName == "xml:space")
        #expect(root.descendants(named: "plain").first?.namespaceURI == "urn:default")
        #expect(root.descendants(named: "t", namespace: "urn:other").isEmpty)
    }

    @Test func refusesAnUndeclaredPrefix() {
        #expect(throws: XMLDocument.Error.self) { try XMLDocument(parsing: "<w:p>x</w:p>") }
    }

    @Test func parsesHTMLIntoTheSameTree() throws {
        let document = try XMLDocument(
            parsingHTML: """
                <!DOCTYPE html><html lang="en"><head><title>T &amp; C</title></head>
                <body><p class="x">O&#39;Brien &amp; &lt;Sons&gt;<br>next<script>alert(1)</script></p></body></html>
                """)
        #expect(document.root.name == "html" && document.root.attribute("lang") == "en")
        #expect(document.root.descendants(named: "title").first?.textContent == "T & C")
        let p = try #require(document.root.descendants(named: "p").first)
        #expect(p.attribute("class") == "x")
        #expect(p.childElements.map(\.name) == ["br", "script"])
        #expect(p.textContent == "O'Brien & <Sons>nextalert(1)")
        #expect(document.diagnostics.isEmpty)
    }

    @Test func recordsWhatTheHTMLParserRepaired() throws {
        let document = try XMLDocument(parsingHTML: "<html><body><p>a</b></p><llc></body></html>")
        #expect(!document.diagnostics.isEmpty)
        #expect(document.diagnostics.allSatisfy { $0.line == 1 })
    }

    @Test func parsesOnManyThreadsWithSeparateErrors() async {
        let lines = await withTaskGroup(of: (Int, Int?).self) { group in
            for n in 1...64 {
                group.addTask {
                    let source = String(repeating: "<a>\n", count: n) + "<b></a>"
                    do {
                        _ = try XMLDocument(parsing: source)
                        return (n, nil)
                    } catch {
                        if case .malformed(let diagnostic)? = error as? XMLDocument.Error { return (n, diagnostic.line) }
                        return (n, nil)
                    }
                }
            }
            var result: [Int: Int?] = [:]
            for await (n, line) in group { result[n] = line }
            return result
        }
        for n in 1...64 { #expect(lines[n] == .some(n + 1), "document \(n)") }
    }
}

@Suite struct XMLSerializationTests {
    static func withoutLines(_ element: XMLElement) -> XMLElement {
        var copy = element
        copy.line = 0
        copy.children = copy.children.map { if case .element(let inner) = $0 { return .element(withoutLines(inner)) } else { return $0 } }
        return copy
    }

    @Test func roundTripsThroughParsing() throws {
        let source = """
            <w:document xmlns:w="urn:w" xmlns:mc="urn:mc" mc:Ignorable="w14"><!-- keep --><?pi data?>\
            <w:p w:rsidR="00A1"><w:r><w:t xml:space="preserve"> a &amp; b &lt;c&gt; "q" </w:t></w:r>\
            <w:r><w:t><![CDATA[x<]]>y]]&gt;</w:t></w:r></w:p><w:x a="&quot;&#10;&lt;"/></w:document>
            """
        let first = try XMLDocument(parsing: source).root
        let again = try XMLDocument(parsing: first.xmlString).root
        #expect(Self.withoutLines(again) == Self.withoutLines(first))
        #expect(first.xmlString.hasPrefix("<w:document xmlns:w=\"urn:w\" xmlns:mc=\"urn:mc\" mc:Ignorable=\"w14\"><!-- keep --><?pi data?>"))
    }
}

extension XMLSerializationTests {
    @Test func splitsACDATAEndInsideCDATA() throws {
        let element = XMLElement(name: "a", children: [.cdata("x]]>y")])
        #expect(try XMLDocument(parsing: element.xmlString).root.textContent == "x]]>y")
    }
}
