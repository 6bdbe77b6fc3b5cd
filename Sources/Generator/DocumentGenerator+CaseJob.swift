import CaseModel
import LegalRules
import Templating

extension DocumentGenerator {
    /// Renders every requested document of a case, or, when the job names none, every document
    /// that applies to it (a document that does not apply usually lacks the fields it needs).
    /// A letter or claim in another language than English is written twice: the English copy to
    /// send and a reading copy (see ``renditions(of:language:officeLanguage:notes:)``).
    /// Pure: the date comes in with the job.
    public func generate(_ job: CaseJob) -> CaseJobResult {
        var result = CaseJobResult()
        let (language, context) = prepare(job)
        var contexts = ContextCache(job: job, values: [language: context])
        let ids =
            job.documents.isEmpty
            ? packetTemplates(for: context, language: language).map(\.frontMatter.id)
            : job.documents
        let folder = job.folderName
        for id in ids {
            if !job.force, !job.documents.isEmpty, let unmet = unmetCondition(of: id, language: language, context: context) {
                result.failures.append(.doesNotApply(documentID: id, condition: unmet))
                continue
            }
            for rendition in renditions(of: id, language: language, officeLanguage: job.officeLanguage ?? "en", notes: &result.notes) {
                var request = Request(
                    documentID: id, language: rendition.language, formats: job.formats, draft: job.draft,
                    folder: folder, author: job.theCase.debtor.name, date: job.today.description)
                request.fileBase = rendition.fileBase
                do {
                    result.files += try files(for: request, context: contexts.context(rendition.language))
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
            !template.applies(to: context)
        else { return nil }
        return template.frontMatter.fields["applies_when"] ?? "its applies_when holds"
    }

    /// The language a job renders in (the job's, else the case's preferred one, else English) and
    /// its template context.
    func prepare(_ job: CaseJob) -> (String, TemplateValue) {
        let language = job.language ?? job.theCase.preferredLanguage ?? "en"
        return (language, CaseContext.make(for: job.theCase, today: job.today, language: language))
    }
}

/// A job's contexts by language, each built once: the English copy to send and the reading copy in
/// the debtor's language read the same case in two languages.
struct ContextCache {
    /// The job whose case the contexts describe.
    var job: CaseJob
    /// The contexts built so far.
    var values: [String: TemplateValue]

    /// The context in `language`, built on first use.
    mutating func context(_ language: String) -> TemplateValue {
        if let value = values[language] { return value }
        let value = CaseContext.make(for: job.theCase, today: job.today, language: language)
        values[language] = value
        return value
    }
}
