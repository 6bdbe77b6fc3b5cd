import CaseModel
import LegalRules
import Templating

extension DocumentGenerator {
    /// Renders every requested document of a case, or, when the job names none, every document
    /// that applies to it (a document that does not apply usually lacks the fields it needs).
    /// Pure: the date comes in with the job.
    public func generate(_ job: CaseJob) -> CaseJobResult {
        var result = CaseJobResult()
        let (language, context) = prepare(job)
        let ids = job.documents.isEmpty
            ? packetTemplates(for: context, language: language).map(\.frontMatter.id)
            : job.documents
        let folder = job.folderName
        for id in ids {
            var lang = language
            if library.template(id: id, language: lang) == nil, library.template(id: id, language: "en") != nil {
                result.notes.append("\(id): no '\(lang)' version yet; using English")
                lang = "en"
            }
            let request = Request(
                documentID: id, language: lang, formats: job.formats, draft: job.draft,
                folder: folder, author: job.theCase.debtor.name, date: job.today.description)
            do {
                result.files += try files(for: request, context: context)
            } catch {
                result.failures.append(error)
            }
        }
        return result
    }

    /// The language a job renders in (the job's, else the case's preferred one, else English) and
    /// its template context.
    func prepare(_ job: CaseJob) -> (String, TemplateValue) {
        let language = job.language ?? job.theCase.preferredLanguage ?? "en"
        return (language, CaseContext.make(for: job.theCase, today: job.today, language: language))
    }
}
