import CaseModel
import Foundation
import Generator
import HTTPTypes
import Hummingbird
import MultipartKit

/// The guided interview: a start page, one page per topic, a review page and a documents page.
/// State lives in memory under a session cookie; every form carries the session's CSRF token.
struct InterviewRoutes: Sendable {
    let service: CaseService
    let store: SessionStore
    let secrets: Secrets
    let maxBodyBytes: Int
    static let sessionCookie = "redress_session"

    func add<Context: RequestContext>(to router: Router<Context>) {
        router.get("/") { request, _ in try await respond(request) { screens($0).start() } }
        router.post("start") { request, _ in
            try await submit(request) { session, form in
                let events = Set(InterviewPage.topics.map(\.id))
                session.topics = session.topics.subtracting(events)
                    .union(form.pairs.filter { $0.0 == "topics[]" }.map(\.1).filter(events.contains))
                return redirect("/interview/\(InterviewPage.all[0].id)")
            }
        }
        router.get("interview/{page}") { request, context in
            let page = try Self.page(context)
            return try await respond(request) { screens($0).form(page, errors: []) }
        }
        router.post("interview/{page}") { request, context in
            let page = try Self.page(context)
            return try await submit(request) { session, form in
                if page.id == "wants" { return submitWants(&session, form: form) }
                session.replace(on: page, with: form.answers())
                let errors =
                    session.parse(asOf: CaseInput.today()).errors.filter { page.owns($0.path) }
                    + WantsChoice.missing(on: page, in: session)
                if !errors.isEmpty { return screens(session).form(page, errors: errors) }
                if form.value("action") == "add" { return redirect("/interview/\(page.id)") }
                return redirect(Self.next(after: page, in: session).map { "/interview/\($0.id)" } ?? "/review")
            }
        }
        router.get("review") { request, _ in try await respond(request) { screens($0).review() } }
        router.get("documents") { request, _ in try await respond(request) { try screens($0).documents() } }
        router.get("documents/{id}/preview") { request, context in
            let id = try context.parameters.require("id")
            let session = try await existing(request)
            var response = try await download(session, id: id, format: .html, attachment: false)
            // The document's own print styles are inline; it is our own escaped output, shown sandboxed.
            response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
            return response
        }
        router.get("download/{file}") { request, context in
            let file = try context.parameters.require("file")
            let session = try await existing(request)
            if file == "case.yaml" {
                let yaml = try CaseYAML.yaml(from: session.caseAnswers)
                return Response(
                    status: .ok,
                    headers: [
                        .contentType: "application/yaml; charset=utf-8",
                        .contentDisposition: "attachment; filename=\"case.yaml\"",
                    ],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: yaml)))
            }
            let theCase = try Self.validCase(session)
            if file == "packet.zip" {
                return APIRoutes.download(
                    try await service.packet(
                        of: theCase, formats: [.docx, .html, .txt],
                        asOf: CaseInput.today(), language: session.language))
            }
            let parts = file.split(separator: ".", maxSplits: 1)
            guard parts.count == 2, let format = OutputFormat(rawValue: String(parts[1])) else { throw HTTPError(.notFound) }
            return try await download(session, id: String(parts[0]), format: format, attachment: true)
        }
        router.post("upload") { request, _ in try await upload(request) }
        router.post("restart") { request, _ in
            try await submit(request) { session, _ in
                session.answers = [:]
                session.topics = []
                return redirect("/")
            }
        }
    }

    func screens(_ session: Session) -> InterviewScreens { InterviewScreens(session: session, service: service) }

    static func page<Context: RequestContext>(_ context: Context) throws -> InterviewPage {
        guard let page = InterviewPage.page(try context.parameters.require("page")) else { throw HTTPError(.notFound) }
        return page
    }

    static func next(after page: InterviewPage, in session: Session) -> InterviewPage? {
        let pages = InterviewPage.all
        guard let index = pages.firstIndex(of: page) else { return nil }
        return pages[(index + 1)...].first { $0.applies(to: session) }
    }

    static func validCase(_ session: Session) throws -> Case {
        guard let theCase = session.parse(asOf: CaseInput.today()).value else {
            throw HTTPError(.unprocessableContent, message: "the case still has errors; see the review page")
        }
        return theCase
    }

    func download(_ session: Session, id: String, format: OutputFormat, attachment: Bool) async throws -> Response {
        let theCase = try Self.validCase(session)
        let file = try await service.document(id, format: format, of: theCase, asOf: CaseInput.today(), language: session.language)
        var response = APIRoutes.download(file)
        if !attachment { response.headers[.contentDisposition] = nil }
        return response
    }

    func redirect(_ path: String) -> Response { Response(status: .seeOther, headers: [.location: path]) }

    /// A GET: finds or starts the session, applies `?lang=`, answers with the cookie set.
    func respond(_ request: Request, _ make: (Session) async throws -> Response) async throws -> Response {
        var session = await store.session(request.cookies[Self.sessionCookie]?.value)
        let isNew = session == nil
        if session == nil { session = await store.create() }
        if let lang = request.uri.queryParameters.get("lang"), ["en", "es"].contains(lang) { session!.language = String(lang) }
        await store.save(session!)
        var response = try await make(session!)
        if isNew { response.setCookie(Self.cookie(session!.id)) }
        return response
    }

    /// The session a download or a form needs; without one, the start page.
    func existing(_ request: Request) async throws -> Session {
        guard let session = await store.session(request.cookies[Self.sessionCookie]?.value) else {
            throw HTTPError(.forbidden, message: "your session has ended (sessions last 30 minutes without use); start again")
        }
        return session
    }

    /// A POST: needs the session and its CSRF token, then saves what `handle` changed.
    func submit(_ request: Request, _ handle: (inout Session, FormData) async throws -> Response) async throws -> Response {
        var session = try await existing(request)
        let form = try await FormData.read(request, limit: maxBodyBytes)
        guard let token = form.value("csrf"), secrets.equal(token, session.csrf) else {
            throw HTTPError(.forbidden, message: "the form's security token is missing or out of date; go back, reload the page and try again")
        }
        let response = try await handle(&session, form)
        await store.save(session)
        return response
    }

    static func cookie(_ value: String) -> Cookie {
        Cookie(name: sessionCookie, value: value, path: "/", secure: false, httpOnly: true, sameSite: .strict)
    }
}
