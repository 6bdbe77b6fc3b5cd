import Foundation
import Testing
import LibXML

@Suite struct XMLSchemaTests {
    static let xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="letter">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="to" type="xs:string"/>
                <xs:element name="amount" type="xs:decimal"/>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    static func schema() throws -> XMLSchema {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redress-\(UUID().uuidString).xsd")
        try xsd.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try XMLSchema(path: url.path)
    }

    @Test func acceptsAValidDocument() throws {
        #expect(try Self.schema().validate("<letter><to>A</to><amount>12.50</amount></letter>") == [])
    }

    @Test func reportsEveryViolationWithItsLine() throws {
        let problems = try Self.schema().validate("<letter>\n<amount>x</amount>\n<to>A</to></letter>")
        #expect(!problems.isEmpty)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.message.contains("amount") == true)
    }

    @Test func throwsForIllFormedInput() throws {
        let schema = try Self.schema()
        #expect(throws: XMLDocument.Error.self) { try schema.validate("<letter>") }
    }

    @Test func reportsAMissingSchemaFile() {
        #expect(throws: XMLSchema.Error.self) { try XMLSchema(path: "/nonexistent/schema.xsd") }
    }
}
