import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit

extension InterviewRoutes {
    /// The upload form's fields.
    struct UploadForm: Decodable {
        var csrf: String
        var file: String
    }

    /// `POST /upload`: a case file (YAML or JSON) replaces the answers; on to the review page.
    func upload(_ request: Request) async throws -> Response {
        var session = try await existing(request)
        let type = request.headers[.contentType] ?? ""
        guard type.lowercased().hasPrefix("multipart/form-data"),
            let boundary = type.split(separator: ";").lazy.map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })?.dropFirst(9)
        else {
            throw HTTPError(.unsupportedMediaType, message: "upload the case file with the form on the start page")
        }
        let buffer = try await request.body.collect(upTo: maxBodyBytes)
        let form: UploadForm
        do {
            form = try FormDataDecoder().decode(
                UploadForm.self, from: buffer,
                boundary: String(boundary).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        } catch {
            throw HTTPError(.badRequest, message: "the upload could not be read; choose a .yaml or .json case file")
        }
        guard secrets.equal(form.csrf, session.csrf) else {
            throw HTTPError(.forbidden, message: "the form's security token is missing or out of date; reload the page and try again")
        }
        let answers: [String: String]
        do {
            answers = try CaseYAML.answers(from: form.file)
        } catch {
            return screens(session).start(uploadError: "\(error)")
        }
        session.answers = FormData.compacted(answers.reduce(into: [:]) { $0[$1.key] = FormData.masked($1.value, at: $1.key) })
        session.topics = []
        session.inferTopics()
        if let language = answers["language"], ["en", "es"].contains(language) { session.language = language }
        await store.save(session)
        return redirect("/review")
    }
}
