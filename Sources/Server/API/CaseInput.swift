import CaseModel
import Foundation
import HTTPTypes
import Hummingbird

/// Reading a case from a request body: bounded, UTF-8, JSON, validated like `redress validate`.
enum CaseInput {
    /// The body as text: 413 beyond `limit`, 415 for a media type other than JSON, 400 for bytes that are not UTF-8.
    static func text(of request: Request, limit: Int) async throws -> String {
        if let type = request.headers[.contentType]?.lowercased(),
            !type.hasPrefix("application/json"), !type.hasPrefix("application/yaml")
        {
            throw Problem(
                status: .unsupportedMediaType, type: "unsupported-media-type", title: "Unsupported Media Type",
                detail: "send the case as application/json (the case-file format)")
        }
        let buffer = try await request.body.collect(upTo: limit)
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes),
            text.utf8.elementsEqual(buffer.readableBytesView)
        else {
            throw Problem(status: .badRequest, type: "bad-encoding", title: "Bad Request", detail: "the body is not UTF-8 text")
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw Problem(status: .badRequest, type: "empty-body", title: "Bad Request", detail: "the body is empty; send a case as JSON")
        }
        return text
    }

    /// Parses and validates a case, throwing a 422 problem with every diagnostic when it has errors.
    static func parse(_ text: String, asOf: CalendarDate, format: CaseFileFormat = .json) throws -> CaseParseResult {
        let result = CaseParser.parse(text, format: format, asOf: asOf)
        guard result.value != nil else { throw Problem.invalidCase(result.diagnostics) }
        return result
    }

    /// Reads, parses and validates the request's case.
    static func read(_ request: Request, limit: Int, asOf: CalendarDate) async throws -> (Case, [CaseDiagnostic]) {
        let text = try await text(of: request, limit: limit)
        let yaml = request.headers[.contentType]?.lowercased().hasPrefix("application/yaml") == true
        let result = try parse(text, asOf: asOf, format: yaml ? .yaml : .json)
        return (result.value!, result.diagnostics)
    }

    /// The `as_of` query parameter, else today: the date deadlines are counted to and documents carry.
    static func asOf(_ request: Request) throws -> CalendarDate {
        guard let text = request.uri.queryParameters.get("as_of") else { return today() }
        guard let date = CalendarDate(iso: text) else {
            throw Problem(status: .badRequest, type: "bad-parameter", title: "Bad Request", detail: "as_of must be a date YYYY-MM-DD")
        }
        return date
    }

    /// The `language` query parameter (en or es), or nil for the case's own preference.
    static func language(_ request: Request) throws -> String? {
        guard let text = request.uri.queryParameters.get("language") else { return nil }
        guard ["en", "es"].contains(text) else {
            throw Problem(status: .badRequest, type: "bad-parameter", title: "Bad Request", detail: "language must be en or es")
        }
        return text
    }

    /// Today in the server's time zone.
    static func today() -> CalendarDate {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)!
    }
}
