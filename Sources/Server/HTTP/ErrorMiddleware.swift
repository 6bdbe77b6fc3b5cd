import HTTPTypes
import Hummingbird
import Logging

/// Turns every error into a 4xx/5xx answer of the right shape: problem+json under `/api/`, a plain
/// HTML page elsewhere. Messages are fixed text or the request's own fault, never case data.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return answer(problem, request: request)
        } catch let error as HTTPError {
            return answer(
                Problem(
                    status: error.status, type: Self.slug(error.status), title: error.status.reasonPhrase,
                    detail: error.body ?? Self.detail(error.status)), request: request)
        } catch let error as any HTTPResponseError {
            return answer(
                Problem(
                    status: error.status, type: Self.slug(error.status), title: error.status.reasonPhrase,
                    detail: Self.detail(error.status)), request: request)
        } catch {
            context.logger.error("internal error", metadata: ["type": "\(type(of: error))"])
            return answer(
                Problem(
                    status: .internalServerError, type: "internal", title: "Internal Server Error",
                    detail: "the server could not handle this request"), request: request)
        }
    }

    private func answer(_ problem: Problem, request: Request) -> Response { Self.answer(problem, path: request.uri.path) }

    /// problem+json under `/api/`, an HTML page elsewhere.
    static func answer(_ problem: Problem, path: String) -> Response {
        if path.hasPrefix("/api/") { return problem.response }
        return HTMLPage.error(status: HTTPResponse.Status(code: problem.status), title: problem.title, detail: problem.detail)
    }

    static func slug(_ status: HTTPResponse.Status) -> String {
        status.reasonPhrase.lowercased().split(separator: " ").joined(separator: "-")
    }

    static func detail(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 404: return "no such page or route"
        case 405: return "this route does not accept that method"
        case 408: return "the request took too long to arrive"
        case 413: return "the request body is larger than the server accepts"
        default: return status.reasonPhrase
        }
    }
}
