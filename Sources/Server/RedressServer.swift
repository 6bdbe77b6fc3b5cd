import Foundation
import Generator
import HTTPTypes
import Hummingbird
import Logging

/// `redress serve`: the guided interview and the JSON API over one compiled template library.
public enum RedressServer {
    /// The router with every route and middleware, for the server and for route tests.
    public static func router(settings: ServerSettings, generator: DocumentGenerator) throws -> Router<BasicRequestContext> {
        try router(settings: settings, generator: generator, gate: RenderGate(limit: settings.maxConcurrentRenders))
    }

    /// The router over a given render gate (route tests hold its slots to make renders wait).
    static func router(settings: ServerSettings, generator: DocumentGenerator, gate: RenderGate) throws -> Router<BasicRequestContext> {
        let secrets = Secrets(token: settings.token)
        let service = CaseService(generator: generator, gate: gate)
        let store = SessionStore(lifetime: .seconds(settings.sessionLifetimeSeconds), capacity: settings.maxSessions)
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: AuthMiddleware(secrets: secrets))
        router.add(middleware: RequestTimeoutMiddleware(timeout: settings.requestTimeout, maxBodyBytes: settings.maxBodyBytes))
        let css = try resource("redress.css")
        router.get("static/redress.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: css)))
        }
        APIRoutes(service: service, maxBodyBytes: settings.maxBodyBytes, openAPI: try resource("openapi.json")).add(to: router)
        InterviewRoutes(service: service, store: store, secrets: secrets, maxBodyBytes: settings.maxBodyBytes).add(to: router)
        LoginRoutes(secrets: secrets, maxBodyBytes: settings.maxBodyBytes).add(to: router)
        return router
    }

    /// The application: HTTP/1.1 with an idle timeout, shutting down on SIGINT/SIGTERM.
    public static func application(
        settings: ServerSettings, generator: DocumentGenerator, logger: Logger,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        let settings = try settings.validated()
        return Application(
            router: try router(settings: settings, generator: generator),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(settings.idleTimeoutSeconds)))),
            configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? settings.port) },
            logger: logger)
    }

    /// Runs until SIGINT or SIGTERM.
    public static func run(
        settings: ServerSettings, generator: DocumentGenerator, logger: Logger,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        try await application(settings: settings, generator: generator, logger: logger, onRunning: onRunning).runService()
    }

    /// The OpenAPI document kept in the repository and served at `/api/v1/openapi.json`.
    public static func openAPIDocument() throws -> [UInt8] { try resource("openapi.json") }

    static func resource(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return Array(try Data(contentsOf: url))
    }
}
