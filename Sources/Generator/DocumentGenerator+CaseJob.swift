import CaseModel
import LegalRules
import Templating

extension DocumentGenerator {
    /// Renders every requested document of a case. Pure: the date comes in with the job.
    public func generate(_ job: CaseJob) -> CaseJobResult {
        var result = CaseJobResult()
        let language = job.language ?? job.theCase.preferredLanguage ?? "en"
        let context: TemplateValue
        do {
            context = try CaseContext.make(for: job.theCase, today: job.today, language: language)
        } catch {
            result.notes.append("cannot build the template context: \(error)")
            return result
        }
        let ids = job.documents.isEmpty ? Array(Set(library.templates.map(\.frontMatter.id))).sorted() : job.documents
        for id in ids {
            var lang = language
            if library.template(id: id, language: lang) == nil, library.template(id: id, language: "en") != nil {
                result.notes.append("\(id): no '\(lang)' version yet; using English")
                lang = "en"
            }
            let request = Request(
                documentID: id, language: lang, formats: job.formats, draft: job.draft,
                folder: job.folder ?? job.theCase.id, author: job.theCase.debtor.name, date: job.today.description)
            do {
                result.files += try files(for: request, context: context)
            } catch {
                result.failures.append(error)
            }
        }
        return result
    }
}
