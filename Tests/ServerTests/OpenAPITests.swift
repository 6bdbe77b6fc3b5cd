import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

/// The OpenAPI document in the repository is the one served, and it names exactly the API's routes.
@Suite struct OpenAPITests {
    static func document() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(try RedressServer.openAPIDocument())) as! [String: Any]
    }

    @Test func servedDocumentIsTheRepositoryOne() async throws {
        let expected = try RedressServer.openAPIDocument()
        try await TestServer.test { client in
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView) == expected)
            }
        }
        #expect(try Self.document()["openapi"] as? String == "3.1.0")
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedRouteExists() async throws {
        let router = try RedressServer.router(settings: ServerSettings(), generator: TestServer.generator)
        let paths = try Self.document()["paths"] as! [String: [String: Any]]
        let documented = Set(paths.flatMap { path, ops in ops.keys.map { "\($0.uppercased()) \(path)" } })
        let routed = Set(
            router.routes.map { route -> String in
                let path = route.path.description
                return "\(route.method.rawValue) \(path.hasPrefix("/") ? path : "/" + path)"
            }.filter { $0.contains(" /api/") })
        #expect(documented == routed)
    }

    /// One documented operation: what it may answer, and the media types of its 200.
    struct Operation: Sendable {
        var path: String, method: String, statuses: Set<String>, okTypes: Set<String>
    }

    static func operations() throws -> [Operation] {
        let paths = try document()["paths"] as! [String: [String: Any]]
        return paths.flatMap { path, ops in
            ops.map { method, op in
                let responses = (op as! [String: Any])["responses"] as! [String: Any]
                let ok = ((responses["200"] as! [String: Any])["content"] as? [String: Any]) ?? [:]
                return Operation(path: path, method: method, statuses: Set(responses.keys), okTypes: Set(ok.keys))
            }
        }
    }

    @Test func everyDocumentedOperationAnswersAsDocumented() async throws {
        let operations = try Self.operations()
        try await TestServer.test { client in
            for op in operations {
                let uri = op.path.replacingOccurrences(of: "{id}", with: "limit-contact") + "?as_of=2025-10-01"
                let method = HTTPRequest.Method(op.method.uppercased())!
                try await client.execute(
                    uri: uri, method: method, headers: TestServer.json,
                    body: ByteBuffer(string: TestServer.fixture("demo"))
                ) { response in
                    #expect(op.statuses.contains(String(response.status.code)), "\(op.method) \(op.path)")
                    let type = response.headers[.contentType]?.split(separator: ";").first.map(String.init) ?? ""
                    #expect(op.okTypes.contains(type), "\(op.method) \(op.path) answered \(type)")
                }
                guard op.method == "post" else { continue }
                try await client.execute(uri: uri, method: method, headers: TestServer.json, body: ByteBuffer(string: "{")) { response in
                    #expect(response.status == .unprocessableContent)
                    #expect(op.statuses.contains("422"))
                }
            }
        }
    }
}
