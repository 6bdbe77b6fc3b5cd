import CaseModel
import Templating

extension Packet {
    /// The few words of the index page and the packet title, in English and Spanish (as in
    /// docs/glossary-es.md); any other language code gets English.
    struct Words {
        let documentsFor: String
        let caseLabel: String
        let asOf: String
        let combined: String
        let documents: String
        let askedFor: String
        let none: String
        let notice: String
        let formats: [OutputFormat: String]
        let isSpanish: Bool

        init(language: String) {
            isSpanish = language.lowercased().hasPrefix("es")
            if isSpanish {
                documentsFor = "Documentos para"
                caseLabel = "Caso"
                asOf = "preparados con fecha del"
                combined = "Todos los documentos en un solo archivo"
                documents = "Documentos"
                askedFor = "(se pidió aunque no corresponde a este caso)"
                none = "Ningún documento corresponde a este caso."
                notice = "Esta información no es asesoramiento legal. Si puede, consulte a un abogado o a una oficina de asistencia legal."
                formats = [.docx: "Word (DOCX)", .html: "Página web (HTML)", .txt: "Texto"]
            } else {
                documentsFor = "Documents for"
                caseLabel = "Case"
                asOf = "prepared as of"
                combined = "All documents in one file"
                documents = "Documents"
                askedFor = "(asked for, although it does not apply to this case)"
                none = "No document applies to this case."
                notice = "This is not legal advice. If you can, talk to a lawyer or a legal aid office."
                formats = [.docx: "Word (DOCX)", .html: "Web page (HTML)", .txt: "Plain text"]
            }
        }

        /// `November 27, 2026` or `27 de noviembre de 2026`.
        func long(_ date: CalendarDate) -> String {
            TemplateValue.date(year: date.year, month: date.month, day: date.day)
                .text(inLanguage: isSpanish ? "es" : "en") ?? date.description
        }
    }
}
