import CaseModel
import DOCXTemplate
import Generator

/// The renderer for `redress batch --docx-template`: every case fills the same Word template,
/// compiled once and shared by every worker (``DOCXTemplateFiller`` is a pure, `Sendable` value).
public struct DOCXTemplateRenderer: BatchRenderer {
    /// The compiled template.
    public let filler: DOCXTemplateFiller
    /// The document id in paths and the manifest: the template's file name without `.docx`.
    public let documentID: String
    /// A language for every case, or nil for each case's own preference.
    public var language: String?
    /// The date printed in documents.
    public var today: CalendarDate
    /// Print missing values as placeholders.
    public var draft: Bool

    /// Compiles `template` (the .docx bytes); throws every problem in the template at once.
    public init(template: [UInt8], documentID: String, language: String? = nil, today: CalendarDate, draft: Bool = false) throws(DOCXTemplateFiller.Failure) {
        filler = try DOCXTemplateFiller(template: template)
        self.documentID = documentID
        self.language = language
        self.today = today
        self.draft = draft
    }

    public func render(_ theCase: Case, folder: String) -> BatchRendering {
        let code = language ?? theCase.preferredLanguage ?? "en"
        do {
            let context = CaseContext.make(for: theCase, today: today, language: code)
            let bytes = try filler.fill(context, options: FillOptions(languageCode: code, draft: draft))
            return BatchRendering(files: [
                GeneratedFile(
                    relativePath: "\(folder)/\(documentID).docx", documentID: documentID, format: .docx, language: code, bytes: bytes)
            ])
        } catch {
            return BatchRendering(errors: error.problems.map { RecordError(path: "", message: "\(documentID): \($0)") })
        }
    }
}
