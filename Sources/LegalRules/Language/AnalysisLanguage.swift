/// The language the analysis writes its sentences in. English is the source; Spanish is a
/// translation of each sentence kind (`Phrase`) and of the catalogue's rule text (`CatalogueSpanish`).
public enum AnalysisLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    /// English, the wording every rule was written and checked in.
    case english = "en"
    /// Spanish (US legal-aid usage: *usted*, the terms of docs/glossary-es.md).
    case spanish = "es"

    /// Reads a language code such as "es", "es-US" or "en"; anything not Spanish is English.
    public init(code: String) {
        self = code.lowercased().hasPrefix("es") ? .spanish : .english
    }

    /// A catalogue sentence or phrase (a rule's explanation, note, action or question) in this
    /// language: the English itself, or its entry in the Spanish table, falling back to the English
    /// when no translation has been written yet.
    func rule(_ english: String) -> String {
        self == .spanish ? CatalogueSpanish.translation(of: english) : english
    }
}
