import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPArchive
@testable import Server

@Suite struct APIRouteTests {
    @Test func validateAcceptsTheDemoCase() async throws {
        try await TestServer.test { client in
            try await client.execute(
                uri: "/api/v1/validate?as_of=2025-10-01", method: .post, headers: TestServer.json,
                body: ByteBuffer(string: TestServer.fixture("demo"))
            ) { response in
                #expect(response.status == .ok)
                #expect(TestServer.object(response)["valid"] as? Bool == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }
    }

    @Test func validateReportsEveryErrorWithItsPathAsAProblem() async throws {
        let bad =
            #"{"id": "x", "debtor": {"name": "A", "address": {"line1": "1 Main", "city": "Austin", "state": "ZZ", "zip": "7"}}, "debt": {"balance_claimed": "lots"}}"#
        try await TestServer.test { client in
            try await client.execute(uri: "/api/v1/validate", method: .post, headers: TestServer.json, body: ByteBuffer(string: bad)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = TestServer.object(response)
                #expect(problem["status"] as? Int == 422)
                let paths = Set(((problem["errors"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String })
                #expect(paths.isSuperset(of: ["debtor.address.state", "debtor.address.zip", "debt.balance_claimed"]))
            }
        }
    }

    @Test func analyzeReturnsTheAnalysis() async throws {
        try await TestServer.test { client in
            try await client.execute(
                uri: "/api/v1/analyze?as_of=2025-10-01&language=es", method: .post, headers: TestServer.json,
                body: ByteBuffer(string: TestServer.fixture("demo"))
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                #expect(!TestServer.object(response).isEmpty)
            }
        }
    }

    @Test func documentsListsWhatApplies() async throws {
        try await TestServer.test { client in
            try await client.execute(
                uri: "/api/v1/documents?as_of=2025-10-01", method: .post, headers: TestServer.json,
                body: ByteBuffer(string: TestServer.fixture("ca-nonjudicial-bank-levy"))
            ) { response in
                #expect(response.status == .ok)
                let ids = ((TestServer.object(response)["documents"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
                #expect(ids.contains("bank-levy-exemption"))
            }
        }
    }

    @Test(arguments: ["docx", "html", "txt"])
    func rendersOneDocumentInEachFormat(format: String) async throws {
        try await TestServer.test { client in
            try await client.execute(
                uri: "/api/v1/documents/limit-contact?format=\(format)&as_of=2025-10-01", method: .post,
                headers: TestServer.json, body: ByteBuffer(string: TestServer.fixture("demo"))
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"limit-contact.\(format)\"")
                let bytes = Array(response.body.readableBytesView)
                if format == "docx" { #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])) }
                if format == "txt" { #expect(String(decoding: bytes, as: UTF8.self).contains("Keystone Recovery Services")) }
            }
        }
    }

    @Test func unknownDocumentAndFormatAreClientErrors() async throws {
        try await TestServer.test { client in
            try await client.execute(
                uri: "/api/v1/documents/nope", method: .post, headers: TestServer.json,
                body: ByteBuffer(string: TestServer.fixture("demo"))
            ) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            try await client.execute(
                uri: "/api/v1/documents/cease-contact?format=pdf", method: .post, headers: TestServer.json,
                body: ByteBuffer(string: TestServer.fixture("demo"))
            ) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func packetIsAZipOfEveryDocument() async throws {
        try await TestServer.test { client in
            try await client.execute(
                uri: "/api/v1/packet?as_of=2025-10-01", method: .post, headers: TestServer.json,
                body: ByteBuffer(string: TestServer.fixture("demo"))
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/zip")
                let reader = try ZIPReader(Array(response.body.readableBytesView))
                let paths = reader.entries.map(\.path)
                #expect(paths.contains("demo/limit-contact.docx"))
                #expect(paths.contains("demo/index.html"))
            }
        }
    }

    @Test func hostileBodiesGetFourHundreds() async throws {
        let bodies: [(String, HTTPResponse.Status)] = [
            ("", .badRequest), ("{", .unprocessableContent), ("[1,2]", .unprocessableContent),
            (String(repeating: "[", count: 100_000), .unprocessableContent), ("\"text\"", .unprocessableContent),
        ]
        try await TestServer.test { client in
            for (body, status) in bodies {
                try await client.execute(uri: "/api/v1/validate", method: .post, headers: TestServer.json, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == status, "body \(body.prefix(20))")
                    #expect(response.headers[.contentType] == "application/problem+json")
                }
            }
            try await client.execute(
                uri: "/api/v1/validate", method: .post, headers: TestServer.json,
                body: ByteBuffer(bytes: [0x7B, 0xFF, 0xFE, 0x7D])
            ) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(
                uri: "/api/v1/validate", method: .post, headers: [.contentType: "text/xml"],
                body: ByteBuffer(string: "<a/>")
            ) { response in
                #expect(response.status == .unsupportedMediaType)
            }
        }
    }

    @Test func bodiesOverTheLimitGet413() async throws {
        try await TestServer.test(ServerSettings(maxBodyBytes: 2048)) { client in
            let big = "{\"notes\": \"" + String(repeating: "a", count: 4096) + "\"}"
            try await client.execute(uri: "/api/v1/validate", method: .post, headers: TestServer.json, body: ByteBuffer(string: big)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }
}

@Suite struct DocumentReadinessTests {
    /// A levy without deposits: the exemption claim applies and is written, saying which facts it
    /// lacks for the protected amount (it once failed to render; the documents page marked it).
    @Test func aLevyWithoutDepositsStillGetsItsClaim() async throws {
        var levy = try JSONSerialization.jsonObject(with: Data(TestServer.fixture("ca-nonjudicial-bank-levy").utf8)) as! [String: Any]
        var actions = levy["actions"] as! [String: Any]
        var levies = actions["levies"] as! [[String: Any]]
        levies[0]["deposits"] = nil
        actions["levies"] = levies
        levy["actions"] = actions
        let body = String(decoding: try JSONSerialization.data(withJSONObject: levy), as: UTF8.self)
        try await TestServer.test { client in
            try await client.execute(
                uri: "/api/v1/documents?as_of=2026-09-01&language=es", method: .post, headers: TestServer.json,
                body: ByteBuffer(string: body)
            ) { response in
                let docs = (TestServer.object(response)["documents"] as? [[String: Any]]) ?? []
                let claim = docs.first { $0["id"] as? String == "bank-levy-exemption" }
                #expect(claim?["ready"] as? Bool == true)
            }
            try await client.execute(
                uri: "/api/v1/documents/bank-levy-exemption?as_of=2026-09-01&language=es&format=txt", method: .post,
                headers: TestServer.json, body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .ok)
                #expect(TestServer.body(response).contains("actions.levies[0].deposits"))
            }
        }
    }
}
