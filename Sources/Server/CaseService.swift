import CaseModel
import Foundation
import Generator
import LegalRules
import Templating
import ZIPArchive

/// What the API and the interview both ask of a case, through the library's public façade only:
/// the analysis, the documents that apply, one document, the packet as a ZIP.
struct CaseService: Sendable {
    let generator: DocumentGenerator
    let gate: RenderGate

    /// One document that applies, for lists.
    struct DocumentInfo: Encodable, Sendable {
        var id: String
        var title: String
        var description: String
        var language: String
        /// Case fields the document needs and the case lacks (empty when it can be written).
        var missing: [String]
        /// Whether the document can be written from the case as it is.
        var ready: Bool
    }

    /// A rendered file and its media type.
    struct File: Sendable {
        var name: String
        var mediaType: String
        var bytes: [UInt8]
    }

    func analysis(of theCase: Case, asOf: CalendarDate, language: String?) -> CaseAnalysis {
        CaseAnalyzer.analyze(theCase, asOf: asOf, language: AnalysisLanguage(code: language ?? theCase.preferredLanguage ?? "en"))
    }

    /// The documents of the case's packet, in packet order.
    func documents(for theCase: Case, asOf: CalendarDate, language: String?) throws -> [DocumentInfo] {
        let lang = language ?? theCase.preferredLanguage ?? "en"
        let context = try CaseContext.make(for: theCase, today: asOf, language: lang)
        return generator.packetTemplates(for: context, language: lang).map { template in
            // A trial render without output: a template can need a value its requirements do not list.
            let job = CaseJob(theCase: theCase, documents: [template.frontMatter.id], formats: [], language: lang, today: asOf)
            let failures = generator.generate(job).failures
            return DocumentInfo(
                id: template.frontMatter.id, title: template.frontMatter.title,
                description: template.frontMatter.description, language: template.frontMatter.language,
                missing: template.missingRequirements(in: context), ready: failures.isEmpty)
        }
    }

    /// One document in one format; 404 for an unknown id, 422 when the case lacks what it needs.
    func document(_ id: String, format: OutputFormat, of theCase: Case, asOf: CalendarDate, language: String?) async throws -> File {
        guard generator.documentIDs.contains(id) else {
            throw Problem(
                status: .notFound, type: "unknown-document", title: "Not Found",
                detail: "no document '\(Self.printable(id))'; available: \(generator.documentIDs.joined(separator: ", "))")
        }
        let job = CaseJob(theCase: theCase, documents: [id], formats: [format], language: language, today: asOf, folder: "case")
        let result = try await gate.run { generator.generate(job) }
        guard let file = result.files.first, result.failures.isEmpty else { throw Self.problem(result.failures) }
        return File(name: "\(id).\(format.fileExtension)", mediaType: Self.mediaType(format), bytes: file.bytes)
    }

    /// The packet (each document that applies, the combined document and the index) as one ZIP.
    func packet(of theCase: Case, formats: [OutputFormat], asOf: CalendarDate, language: String?) async throws -> File {
        let job = CaseJob(theCase: theCase, formats: formats, language: language, today: asOf)
        let (result, zip) = try await gate.run { () -> (CaseJobResult, [UInt8]) in
            let result = generator.generatePacket(job)
            var writer = ZIPWriter()
            for file in result.files { writer.add(path: file.relativePath, contents: file.bytes) }
            return (result, writer.finish())
        }
        guard result.failures.isEmpty else { throw Self.problem(result.failures) }
        return File(name: "\(job.folderName)-packet.zip", mediaType: "application/zip", bytes: zip)
    }

    static func mediaType(_ format: OutputFormat) -> String {
        switch format {
        case .txt: return "text/plain; charset=utf-8"
        case .html: return "text/html; charset=utf-8"
        case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        }
    }

    /// Render failures as a 422 problem: each missing field at its path, other failures whole.
    static func problem(_ failures: [DocumentGenerator.Failure]) -> Problem {
        var diagnostics: [CaseDiagnostic] = []
        for failure in failures {
            if case let .missingRequiredFields(id, paths) = failure {
                diagnostics += paths.map { .error($0, "required field is missing", hint: "\(id) needs it") }
            } else {
                diagnostics.append(.error("", withoutServerPaths(failure.description)))
            }
        }
        var problem = Problem.invalidCase(diagnostics)
        problem.title = "The documents cannot be written from this case"
        return problem
    }

    /// A message with the server's folders cut from template locations (`templates/x.md:3:5`).
    static func withoutServerPaths(_ text: String) -> String {
        text.replacing(/\/[^\s:'"]*\/templates\//, with: "templates/")
    }

    /// An id as it may appear in a message: printable ASCII, at most 80 characters.
    static func printable(_ text: String) -> String {
        String(text.prefix(80).map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "?" })
    }
}
