import Foundation
import Generator
import Hummingbird
import HummingbirdTesting
import Templating
@testable import Server

/// The server as route tests see it: the real router over the built-in templates, compiled once.
enum TestServer {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let generator: DocumentGenerator = {
        DocumentGenerator(library: try! TemplateLibrary.load(builtIn: root.appendingPathComponent("templates").path))
    }()

    static func fixture(_ name: String) -> String {
        try! String(contentsOf: root.appendingPathComponent("Tests/ServerTests/Fixtures/\(name).json"), encoding: .utf8)
    }

    /// Runs `test` against a router with `settings`.
    static func test(_ settings: ServerSettings = ServerSettings(), _ test: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: try RedressServer.router(settings: settings, generator: generator))
        try await app.test(.router, test)
    }

    static let json: HTTPFields = [.contentType: "application/json"]

    static func body(_ response: TestResponse) -> String { String(buffer: response.body) }

    static func object(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [String: Any] ?? [:]
    }
}
