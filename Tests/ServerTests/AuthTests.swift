import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

@Suite struct AuthTests {
    static let token = "correct-horse-battery-staple"
    static let settings = ServerSettings(host: "0.0.0.0", token: token)

    @Test func nonLoopbackNeedsAToken() throws {
        #expect(throws: ServerSettings.Problem.tokenRequired(host: "0.0.0.0")) { try ServerSettings(host: "0.0.0.0").validated() }
        #expect(throws: ServerSettings.Problem.tokenTooShort) { try ServerSettings(token: "short").validated() }
        _ = try ServerSettings(host: "127.0.0.1").validated()
        _ = try Self.settings.validated()
    }

    @Test func apiNeedsTheBearerToken() async throws {
        try await TestServer.test(Self.settings) { client in
            for header: HTTPFields in [TestServer.json, [.contentType: "application/json", .authorization: "Bearer wrong-token-wrong-token"]] {
                try await client.execute(
                    uri: "/api/v1/validate", method: .post, headers: header,
                    body: ByteBuffer(string: TestServer.fixture("demo"))
                ) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.wwwAuthenticate] == "Bearer")
                    #expect(response.headers[.contentType] == "application/problem+json")
                }
            }
            try await client.execute(
                uri: "/api/v1/validate?as_of=2025-10-01", method: .post,
                headers: [.contentType: "application/json", .authorization: "Bearer \(Self.token)"],
                body: ByteBuffer(string: TestServer.fixture("demo"))
            ) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func interviewRedirectsToLoginUntilTheTokenIsGiven() async throws {
        try await TestServer.test(Self.settings) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/login")
            }
            let nonce = try await client.execute(uri: "/login", method: .get) { response in
                #expect(response.status == .ok)
                return response.headers[values: .setCookie].first { $0.hasPrefix("redress_login=") }!
                    .dropFirst("redress_login=".count).prefix { $0 != ";" }
            }
            let cookie: HTTPFields = [.cookie: "redress_login=\(nonce)", .contentType: "application/x-www-form-urlencoded"]
            try await client.execute(
                uri: "/login", method: .post, headers: cookie,
                body: ByteBuffer(string: "csrf=\(nonce)&token=nope")
            ) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/login", method: .post, headers: cookie, body: ByteBuffer(string: "csrf=other&token=\(Self.token)")) { response in
                #expect(response.status == .forbidden)
            }
            let auth = try await client.execute(
                uri: "/login", method: .post, headers: cookie,
                body: ByteBuffer(string: "csrf=\(nonce)&token=\(Self.token)")
            ) { response in
                #expect(response.status == .seeOther)
                return response.headers[values: .setCookie].first { $0.hasPrefix("redress_auth=") }!.prefix { $0 != ";" }
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: String(auth)]) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
