import CaseModel
import Foundation
import HTTPTypes
import Hummingbird

/// An RFC 9457 problem document: what every API error answers, as `application/problem+json`.
struct Problem: Error, Encodable, Sendable {
    /// One field error or warning, with its path in the case (`debtor.address.zip`).
    struct FieldError: Encodable, Sendable {
        var path: String
        var severity: String
        var message: String
        var hint: String?
        var line: Int?
        var column: Int?

        init(_ diagnostic: CaseDiagnostic) {
            path = diagnostic.path
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            hint = diagnostic.hint
            line = diagnostic.line
            column = diagnostic.column
        }
    }

    var type: String
    var title: String
    var status: Int
    var detail: String
    /// Every problem found in the case, each at its path (only for case errors).
    var errors: [FieldError]?

    init(status: HTTPResponse.Status, type: String, title: String, detail: String, errors: [FieldError]? = nil) {
        self.type = "https://redress.invalid/problems/" + type
        self.title = title
        self.status = status.code
        self.detail = detail
        self.errors = errors
    }

    /// The case could not be read or has errors: 422 with every diagnostic.
    static func invalidCase(_ diagnostics: [CaseDiagnostic]) -> Problem {
        let errors = diagnostics.filter { $0.severity == .error }.count
        return Problem(
            status: .unprocessableContent, type: "invalid-case", title: "The case has errors",
            detail: "\(errors) error\(errors == 1 ? "" : "s") in the case; see errors for each field",
            errors: diagnostics.map(FieldError.init))
    }

    /// The response: the document as JSON with the problem media type.
    var response: Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(self)) ?? Data(#"{"title":"error"}"#.utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
