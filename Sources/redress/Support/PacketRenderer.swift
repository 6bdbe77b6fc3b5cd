import Batch
import CaseModel
import Generator

/// `batch --packet`: each case's packet, as `generate --packet` writes it (the documents that apply,
/// `packet.<ext>` combining them and `index.html`), through the batch's renderer seam.
struct PacketRenderer: BatchRenderer {
    /// The generator, holding the library compiled once.
    let generator: DocumentGenerator
    /// Documents written even when they do not apply.
    var documents: [String]
    /// The formats to write.
    var formats: [OutputFormat]
    /// A language for every case, or nil for each case's own preference.
    var language: String?
    /// The date printed in documents.
    var today: CalendarDate
    /// Render missing values as placeholders.
    var draft: Bool
    /// The language of the documents for the office (the intake summary).
    var officeLanguage = "en"

    func render(_ theCase: Case, folder: String) -> BatchRendering {
        let job = CaseJob(
            theCase: theCase, documents: documents, formats: formats, language: language,
            today: today, draft: draft, folder: folder, officeLanguage: officeLanguage)
        let result = generator.generatePacket(job)
        var rendering = BatchRendering(files: result.files)
        for failure in result.failures {
            if case let .missingRequiredFields(id, paths) = failure {
                rendering.errors += paths.map { RecordError(path: $0, message: "required by \(id)") }
            } else {
                rendering.errors.append(RecordError(path: "", message: failure.description))
            }
        }
        return rendering
    }
}
