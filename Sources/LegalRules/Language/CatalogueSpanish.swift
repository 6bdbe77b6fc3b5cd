/// Spanish for the catalogue's own text (rule explanations, notes, actions, questions, procedures,
/// summaries, form names), keyed by the English exactly as the catalogue writes it.
///
/// A table rather than a second field on every rule, so the English catalogue stays the one source
/// of the facts and a reviewer reads each translation beside its original. Text with no entry yet
/// is printed in English; `LanguageTests` lists which entries the samples reach.
enum CatalogueSpanish {
    /// The Spanish for a catalogue text, or the English when it has no entry.
    static func translation(of english: String) -> String { table[english] ?? english }

    /// Whether a catalogue text has a Spanish entry.
    static func has(_ english: String) -> Bool { table[english] != nil }

    static let table: [String: String] = [:]
}
