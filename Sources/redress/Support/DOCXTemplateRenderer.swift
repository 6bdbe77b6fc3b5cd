import Batch
import CaseModel
import DOCXTemplate
import Generator

/// The batch renderer for `--docx-template`: every case fills the same Word template, compiled
/// once and shared by every worker (``DOCXTemplateFiller`` is a pure, `Sendable` value).
struct DOCXTemplateRenderer: BatchRenderer {
    /// The compiled template.
    let filler: DOCXTemplateFiller
    /// The template's file name without `.docx`: the document id in paths and the manifest.
    let documentID: String
    /// A language for every case, or nil for each case's own preference.
    let language: String?
    /// The date printed in documents.
    let today: CalendarDate
    /// Print missing values as placeholders.
    let draft: Bool

    func render(_ theCase: Case, folder: String) -> BatchRendering {
        let code = language ?? theCase.preferredLanguage ?? "en"
        do {
            let context = try CaseContext.make(for: theCase, today: today, language: code)
            let bytes = try filler.fill(context, options: FillOptions(languageCode: code, draft: draft))
            return BatchRendering(files: [GeneratedFile(
                relativePath: "\(folder)/\(documentID).docx", documentID: documentID, format: .docx, language: code, bytes: bytes)])
        } catch let failure as DOCXTemplateFiller.Failure {
            return BatchRendering(errors: failure.problems.map { RecordError(path: "", message: "\(documentID): \($0)") })
        } catch {
            return BatchRendering(errors: [RecordError(path: "", message: "cannot build the template context: \(error)")])
        }
    }
}
