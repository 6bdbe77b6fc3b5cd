import HTTPTypes
import Hummingbird

/// When a token is set, every route but the login page and the stylesheet needs it: the API as
/// `Authorization: Bearer <token>`, the interview as the cookie the login page sets.
struct AuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let secrets: Secrets
    static var cookieName: String { "redress_auth" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard secrets.token != nil else { return try await next(request, context) }
        let path = request.uri.path
        if path == "/login" || path.hasPrefix("/static/") { return try await next(request, context) }
        if path.hasPrefix("/api/") {
            let header = request.headers[.authorization] ?? ""
            guard header.hasPrefix("Bearer "), secrets.isToken(String(header.dropFirst(7))) else {
                var response = Problem(
                    status: .unauthorized, type: "unauthorized", title: "Unauthorized",
                    detail: "this server needs 'Authorization: Bearer <token>'"
                ).response
                response.headers[.wwwAuthenticate] = "Bearer"
                return response
            }
            return try await next(request, context)
        }
        guard let cookie = request.cookies[Self.cookieName]?.value, secrets.isAuthCookie(cookie) else {
            return Response(status: .seeOther, headers: [.location: "/login"])
        }
        return try await next(request, context)
    }
}
