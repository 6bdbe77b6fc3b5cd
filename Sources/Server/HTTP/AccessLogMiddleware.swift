import HTTPTypes
import Hummingbird
import Logging

/// One log line per request: method, path, status and duration. Never the query, headers or body,
/// which can hold case data or the token.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.info("\(request.method) \(Self.loggable(request.uri.path)) \(response.status.code) \(String(format: "%.1f", ms)) ms")
        return response
    }

    /// The path with document ids kept and anything unusual cut: paths are ours, not case data.
    static func loggable(_ path: String) -> String {
        String(path.prefix(120).map { $0.isASCII && !$0.isWhitespace && $0.asciiValue! >= 0x20 ? $0 : "?" })
    }
}
