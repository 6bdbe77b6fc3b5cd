import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

/// A repeated key or a syntax error answers 422 with the field it sits in, and its line and column.
@Suite struct SyntaxErrorProblemTests {
    @Test(arguments: [
        ("application/json", #"{"id": "x", "debtor": {"name": "A",\#n "name": "B"}}"#, "debtor.name", 2),
        ("application/yaml", "id: x\ndebtor:\n  address:\n    zip: 1\n    zip: 2\n", "debtor.address.zip", 4),
        ("application/yaml", "id: x\ndebtor:\n  name: \"open\n", "debtor.name", 4),
    ])
    func theProblemNamesTheField(_ type: String, _ body: String, _ path: String, _ line: Int) async throws {
        try await TestServer.test { client in
            try await client.execute(
                uri: "/api/v1/validate", method: .post, headers: [.contentType: type], body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let errors = try #require(TestServer.object(response)["errors"] as? [[String: Any]])
                #expect(errors.first?["path"] as? String == path)
                #expect(errors.first?["line"] as? Int == line)
                #expect(errors.first?["column"] as? Int != nil)
            }
        }
    }
}
