import CaseModel
import Foundation
import Generator
import HTTPTypes
import Hummingbird

/// `/api/v1`: validate, analyze, the documents that apply, one document, the packet. The case is
/// the body, as JSON in the case-file format; every error is `application/problem+json`.
struct APIRoutes: Sendable {
    let service: CaseService
    let maxBodyBytes: Int
    let openAPI: [UInt8]

    func add<Context: RequestContext>(to router: Router<Context>) {
        let api = router.group("api/v1")
        api.get("openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-cache"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: openAPI)))
        }
        api.post("validate") { request, _ in
            let (_, diagnostics) = try await CaseInput.read(request, limit: maxBodyBytes, asOf: try CaseInput.asOf(request))
            return try Self.json(ValidationReply(valid: true, warnings: diagnostics.map(Problem.FieldError.init)))
        }
        api.post("analyze") { request, _ in
            let asOf = try CaseInput.asOf(request), language = try CaseInput.language(request)
            let (theCase, _) = try await CaseInput.read(request, limit: maxBodyBytes, asOf: asOf)
            return try Self.json(service.analysis(of: theCase, asOf: asOf, language: language))
        }
        api.post("documents") { request, _ in
            let asOf = try CaseInput.asOf(request), language = try CaseInput.language(request)
            let (theCase, _) = try await CaseInput.read(request, limit: maxBodyBytes, asOf: asOf)
            return try Self.json(DocumentList(documents: try service.documents(for: theCase, asOf: asOf, language: language)))
        }
        api.post("documents/{id}") { request, context in
            let id = try context.parameters.require("id")
            let asOf = try CaseInput.asOf(request), language = try CaseInput.language(request)
            let format = try Self.format(request.uri.queryParameters.get("format") ?? "docx")
            let (theCase, _) = try await CaseInput.read(request, limit: maxBodyBytes, asOf: asOf)
            return Self.download(try await service.document(id, format: format, of: theCase, asOf: asOf, language: language))
        }
        api.post("packet") { request, _ in
            let asOf = try CaseInput.asOf(request), language = try CaseInput.language(request)
            let formats =
                try OutputFormat.list(parsing: request.uri.queryParameters.get("formats") ?? "docx,html,txt")
                .flatMap { $0.isEmpty ? nil : $0 } ?? { throw Self.badParameter("formats must be a list of docx, html, txt") }()
            let (theCase, _) = try await CaseInput.read(request, limit: maxBodyBytes, asOf: asOf)
            return Self.download(try await service.packet(of: theCase, formats: formats, asOf: asOf, language: language))
        }
    }

    struct ValidationReply: Encodable { var valid: Bool; var warnings: [Problem.FieldError] }
    struct DocumentList: Encodable { var documents: [CaseService.DocumentInfo] }

    static func format(_ text: String) throws -> OutputFormat {
        guard let format = OutputFormat(rawValue: text) else { throw badParameter("format must be docx, html or txt") }
        return format
    }

    static func badParameter(_ detail: String) -> Problem {
        Problem(status: .badRequest, type: "bad-parameter", title: "Bad Request", detail: detail)
    }

    static func json(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    /// A file as an attachment.
    static func download(_ file: CaseService.File) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: file.mediaType, .contentDisposition: "attachment; filename=\"\(file.name)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }
}
