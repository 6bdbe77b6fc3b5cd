import CaseModel
import Generator

/// The render step of a batch worker: one valid case in, files in memory out.
///
/// This is the seam for other renderers: the batch validates, names, writes, hashes and records;
/// a renderer only turns a `Case` into `GeneratedFile`s (paths `folder/<document>.<ext>`) and
/// reports what it could not render. It must be `Sendable` and pure, since every worker shares it.
public protocol BatchRenderer: Sendable {
    /// Renders every document this batch asks for, for one case, under `folder`.
    func render(_ theCase: Case, folder: String) -> BatchRendering
}

/// What a renderer produced for one case.
public struct BatchRendering: Sendable {
    /// The files, in a fixed order (the manifest lists them in this order).
    public var files: [GeneratedFile]
    /// Documents that could not be rendered, each problem with its field path.
    public var errors: [RecordError]

    /// Creates a rendering.
    public init(files: [GeneratedFile] = [], errors: [RecordError] = []) {
        self.files = files
        self.errors = errors
    }
}

/// The built-in renderer: the compiled template library through ``DocumentGenerator``.
public struct TemplateRenderer: BatchRenderer {
    /// The generator, holding the library compiled once and shared by every worker.
    public let generator: DocumentGenerator
    /// Template ids, each refused for a record it does not apply to unless ``force``; empty means
    /// every document that applies to the record (as `generate` does).
    public var documents: [String]
    /// Render named documents even for records they do not apply to.
    public var force: Bool
    /// The formats to write.
    public var formats: [OutputFormat]
    /// A language for every case, or nil for each case's own preference.
    public var language: String?
    /// The date printed in documents.
    public var today: CalendarDate
    /// Render missing values as placeholders.
    public var draft: Bool
    /// The language of the documents for the office (the intake summary).
    public var officeLanguage = "en"

    /// Creates the renderer.
    public init(
        generator: DocumentGenerator, documents: [String] = [], formats: [OutputFormat] = OutputFormat.allCases,
        language: String? = nil, today: CalendarDate, draft: Bool = false, force: Bool = false
    ) {
        self.force = force
        self.generator = generator
        self.documents = documents
        self.formats = formats
        self.language = language
        self.today = today
        self.draft = draft
    }

    public func render(_ theCase: Case, folder: String) -> BatchRendering {
        let job = CaseJob(
            theCase: theCase, documents: documents, formats: formats, language: language,
            today: today, draft: draft, folder: folder, force: force, officeLanguage: officeLanguage)
        let result = generator.generate(job)
        var rendering = BatchRendering(files: result.files)
        for failure in result.failures {
            switch failure {
            case let .missingRequiredFields(id, paths):
                rendering.errors += paths.map { RecordError(path: $0, message: "required by \(id)") }
            case let .render(id, failure):
                rendering.errors += failure.problems.map { RecordError(path: "", message: "\(id): \($0)") }
            case .unknownDocument, .doesNotApply:
                rendering.errors.append(RecordError(path: "", message: failure.description))
            }
        }
        if result.files.isEmpty, rendering.errors.isEmpty {
            rendering.errors += result.notes.map { RecordError(path: "", message: $0) }
        }
        return rendering
    }
}
