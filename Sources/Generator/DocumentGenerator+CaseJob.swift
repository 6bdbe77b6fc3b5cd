import CaseModel
import LegalRules
import Templating

extension DocumentGenerator {
    /// Renders every requested document of a case, or, when the job names none, every document
    /// that applies to it (a document that does not apply usually lacks the fields it needs).
    /// Pure: the date comes in with the job.
    public func generate(_ job: CaseJob) -> CaseJobResult {
        var result = CaseJobResult()
        guard let (language, context) = prepare(job, selecting: contextSelection(for: job.documents), noting: &result) else { return result }
        let ids = job.documents.isEmpty
            ? packetTemplates(for: context, language: language).map(\.frontMatter.id)
            : job.documents
        let folder = job.folderName
        var full: TemplateValue?
        for id in ids {
            if !job.force, !job.documents.isEmpty, let unmet = unmetCondition(of: id, language: language, context: context) {
                result.failures.append(.doesNotApply(documentID: id, condition: unmet))
                continue
            }
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
                do {
                    result.files += try files(for: request, context: fullContext(of: job, language: language, cache: &full, failing: error))
                } catch {
                    result.failures.append(error)
                }
            }
        }
        return result
    }

    /// The `applies_when` of document `id` as written, when it does not hold for `context`.
    func unmetCondition(of id: String, language: String, context: TemplateValue) -> String? {
        guard let template = library.template(id: id, language: language) ?? library.template(id: id, language: "en"),
              !template.applies(to: context) else { return nil }
        return template.frontMatter.fields["applies_when"] ?? "its applies_when holds"
    }

    /// The language a job renders in (the job's, else the case's preferred one, else English) and
    /// its template context; nil, with a note in `result`, when the context cannot be built.
    /// The context holds the fields in `selection`: what the job's documents can read.
    func prepare(_ job: CaseJob, selecting selection: ContextSelection, noting result: inout CaseJobResult) -> (String, TemplateValue)? {
        let language = job.language ?? job.theCase.preferredLanguage ?? "en"
        do {
            return (language, try CaseContext.make(for: job.theCase, today: job.today, language: language, selecting: selection))
        } catch {
            result.notes.append("cannot build the template context: \(error)")
            return nil
        }
    }

    /// The whole context of a job, built (once, into `cache`) only when a document fails from the
    /// selected one: that document is rendered again from it, so that its messages can suggest near
    /// misses ("did you mean 'debtor.name'?" needs the sibling fields a selection leaves out), and
    /// so that the full context, the definition a selection must agree with, has the last word.
    /// Throws `error` again when it cannot be built.
    func fullContext(of job: CaseJob, language: String, cache: inout TemplateValue?,
                     failing error: Failure) throws(Failure) -> TemplateValue {
        if cache == nil { cache = try? CaseContext.make(for: job.theCase, today: job.today, language: language) }
        guard let cache else { throw error }
        return cache
    }
}
