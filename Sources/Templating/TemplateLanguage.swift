/// The languages whose words and formats filters know; other tags fall back to English forms.
enum TemplateLanguage: Sendable {
    case english, spanish

    /// The language for a front-matter code such as `en`, `es` or `es-MX`.
    init(code: String) {
        self = code.lowercased().hasPrefix("es") ? .spanish : .english
    }

    /// The BCP 47 tag for document metadata: `en` → `en-US`, `es` → `es-US`; a code that
    /// already names a region is kept.
    static func metadataTag(for code: String) -> String {
        code.contains("-") ? code : code + "-US"
    }

    /// Month names for long dates.
    var months: [String] { self == .spanish ? Self.spanishMonths : Self.englishMonths }

    // Stored once: a literal in `months` would build a new array of twelve strings per date.
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]
    private static let spanishMonths = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre",
    ]

    /// The words for true and false.
    var yesNo: (yes: String, no: String) {
        self == .spanish ? ("sí", "no") : ("yes", "no")
    }
}
