import Foundation
import DocumentTree
import DOCXOutput
import LibXML
import Testing
import TestSupport

/// Validates every part against the ECMA-376 transitional schemas, as `check_docx.sh --xsd` does.
@Suite struct DOCXSchemaTests {
    /// `wml-document.xsd` is `wml.xsd` with `xml.xsd` loaded first, so that `xml:space` resolves.
    static func schema(_ name: String) throws -> XMLSchema {
        try XMLSchema(path: Fixtures.schemaFolder.appendingPathComponent(name).path)
    }

    static let documents: [(String, Document)] = [
        ("everything", Fixtures.everything),
        ("injection", DOCXInjectionTests.document(with: "O'Brien & <Sons> \u{7} 👋 דוד")),
        ("empty", Document(metadata: Metadata(title: ""), blocks: [])),
    ]

    @Test(arguments: ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml"])
    func wordprocessingPartsAreValid(part: String) throws {
        let schema = try Self.schema("wml-document.xsd")
        for (name, document) in Self.documents {
            let text = try #require(try DOCXParts(DOCXWriter().write(document))[part])
            let problems = try schema.validate(text)
            #expect(problems == [], "\(name) \(part): \(problems.prefix(3).map(\.description))")
        }
    }

    @Test(arguments: [
        ("[Content_Types].xml", "opc-contentTypes.xsd"),
        ("_rels/.rels", "opc-relationships.xsd"),
        ("word/_rels/document.xml.rels", "opc-relationships.xsd"),
    ])
    func packagePartsAreValid(part: String, schemaFile: String) throws {
        let schema = try Self.schema(schemaFile)
        let text = try #require(try DOCXParts(DOCXWriter().write(Fixtures.everything))[part])
        let problems = try schema.validate(text)
        #expect(problems == [], "\(part): \(problems.prefix(3).map(\.description))")
    }

    @Test func theSchemaCatchesPandocsMistake() throws {
        // A negative control: numPr before pStyle, as pandoc writes it, must be reported.
        let schema = try Self.schema("wml-document.xsd")
        let bad = """
            <w:document xmlns:w="\(DOCXParts.w)"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>\
            <w:pStyle w:val="ListBullet"/></w:pPr></w:p></w:body></w:document>
            """
        #expect(try !schema.validate(bad).isEmpty)
    }
}
