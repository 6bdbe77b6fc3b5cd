import CaseModel
import LegalRules
import Templating

extension DocumentGenerator {
    /// Renders every requested document of a case, or, when the job names none, every document
    /// that applies to it (a document that does not apply usually lacks the fields it needs).
    /// Pure: the date comes in with the job.
    public func generate(_ job: CaseJob) -> CaseJobResult {
        var result = CaseJobResult()
        var contexts = ContextCache(selection: contextSelection(for: job.documents))
        guard let (language, context) = prepare(job, selecting: contexts.selection, noting: &result) else { return result }
        contexts.values[language] = context
        let ids = job.documents.isEmpty
            ? packetTemplates(for: context, language: language).map(\.frontMatter.id)
            : job.documents
        let folder = job.folderName
        var full: [String: TemplateValue] = [:]
        for id in ids {
            for rendition in renditions(of: id, language: language, officeLanguage: job.officeLanguage ?? "en", notes: &result.notes) {
                guard let context = contexts.context(rendition.language, job: job, noting: &result) else { continue }
                var request = Request(
                    documentID: id, language: rendition.language, formats: job.formats, draft: job.draft,
                    folder: folder, author: job.theCase.debtor.name, date: job.today.description)
                request.fileBase = rendition.fileBase
                do {
                    result.files += try files(for: request, context: context)
                } catch {
                    do {
                        result.files += try files(for: request, context: fullContext(of: job, language: rendition.language,
                                                                                     cache: &full[rendition.language], failing: error))
                    } catch {
                        result.failures.append(error)
                    }
                }
            }
        }
        return result
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

/// A job's contexts by language, built once each: an English copy to send and a reading copy in
/// the debtor's language read the same case in two languages.
struct ContextCache {
    /// The fields the job's documents read.
    var selection: ContextSelection
    /// The contexts built so far.
    var values: [String: TemplateValue] = [:]

    /// The context in `language`, built on first use; nil, with a note, when it cannot be built.
    mutating func context(_ language: String, job: CaseJob, noting result: inout CaseJobResult) -> TemplateValue? {
        if let value = values[language] { return value }
        do {
            let value = try CaseContext.make(for: job.theCase, today: job.today, language: language, selecting: selection)
            values[language] = value
            return value
        } catch {
            result.notes.append("cannot build the template context: \(error)")
            return nil
        }
    }
}
