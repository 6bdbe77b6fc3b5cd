import Templating

/// One file a document becomes in a job. A letter or a court filing is mailed or filed in English,
/// so in another language it becomes two files: the English copy to send and a reading copy in the
/// job's language, named `<id>.<lang>`. The intake summary is written in the office's language.
struct Rendition: Sendable, Hashable {
    /// The template id.
    var documentID: String
    /// The language of the template and of its context.
    var language: String
    /// The file's base name (without the extension).
    var fileBase: String
}

extension DocumentGenerator {
    /// Template kinds that are sent to a collector or filed with a court.
    static let mailableKinds: Set<String> = ["letter", "claim"]
    /// Template kinds written for the office rather than the debtor.
    static let officeKinds: Set<String> = ["summary"]

    /// The files document `id` becomes for a job in `language`, the office reading `officeLanguage`;
    /// a language the document lacks falls back to English, with a note.
    func renditions(of id: String, language: String, officeLanguage: String, notes: inout [String]) -> [Rendition] {
        guard let english = library.template(id: id, language: "en") ?? library.template(id: id, language: language) else {
            return [Rendition(documentID: id, language: language, fileBase: id)]
        }
        let kind = english.frontMatter.kind ?? ""
        if Self.officeKinds.contains(kind) {
            let lang = library.template(id: id, language: officeLanguage) == nil ? english.frontMatter.language : officeLanguage
            return [Rendition(documentID: id, language: lang, fileBase: id)]
        }
        if Self.mailableKinds.contains(kind), language != "en", english.frontMatter.language == "en" {
            guard library.template(id: id, language: language) != nil else {
                notes.append("\(id): no '\(language)' reading copy yet; only the English copy to send")
                return [Rendition(documentID: id, language: "en", fileBase: id)]
            }
            return [
                Rendition(documentID: id, language: "en", fileBase: id),
                Rendition(documentID: id, language: language, fileBase: "\(id).\(language)"),
            ]
        }
        if library.template(id: id, language: language) == nil {
            notes.append("\(id): no '\(language)' version yet; using English")
            return [Rendition(documentID: id, language: english.frontMatter.language, fileBase: id)]
        }
        return [Rendition(documentID: id, language: language, fileBase: id)]
    }
}
