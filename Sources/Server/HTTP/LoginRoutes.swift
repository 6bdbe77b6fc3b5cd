import HTTPTypes
import Hummingbird

/// The login page the interview shows when the server has a token: the token once, then a cookie.
struct LoginRoutes: Sendable {
    let secrets: Secrets
    let maxBodyBytes: Int
    static let nonceCookie = "redress_login"

    func add<Context: RequestContext>(to router: Router<Context>) {
        router.get("login") { request, _ in
            let nonce = Secrets.random()
            var response = form(nonce: nonce, failed: false)
            response.setCookie(Cookie(name: Self.nonceCookie, value: nonce, path: "/login", httpOnly: true, sameSite: .strict))
            return response
        }
        router.post("login") { request, _ in
            let form = try await FormData.read(request, limit: maxBodyBytes)
            guard let nonce = request.cookies[Self.nonceCookie]?.value, let sent = form.value("csrf"), secrets.equal(nonce, sent) else {
                throw HTTPError(.forbidden, message: "the login form is out of date; reload it and try again")
            }
            guard secrets.token != nil, secrets.isToken(form.value("token") ?? "") else {
                return self.form(nonce: nonce, failed: true)
            }
            var response = Response(status: .seeOther, headers: [.location: "/"])
            response.setCookie(
                Cookie(
                    name: AuthMiddleware<Context>.cookieName, value: secrets.authCookieValue, path: "/",
                    httpOnly: true, sameSite: .strict))
            return response
        }
    }

    func form(nonce: String, failed: Bool) -> Response {
        let error = failed ? HTMLPage.errorSummary([(path: "token", message: "The access code is not right")], language: "en") : ""
        let body = """
            \(error)
            <h1>Sign in</h1>
            <form method="post" action="/login" novalidate>
            <input type="hidden" name="csrf" value="\(HTML.escape(nonce))">
            <div class="field\(failed ? " field-error" : "")"><label for="f-token">Access code</label>
            <p class="hint" id="f-token-hint">The code the clinic gave you for this server.</p>
            <input type="password" id="f-token" name="token" autocomplete="current-password" aria-describedby="f-token-hint"\(failed ? " aria-invalid=\"true\"" : "")></div>
            <button type="submit">Sign in</button>
            </form>
            """
        return HTMLPage.page(title: "Sign in", language: "en", body: body, status: failed ? .unauthorized : .ok)
    }
}
