import CaseModel
import Foundation
import Hummingbird
import LegalRules

extension InterviewScreens {
    /// Every answer with a change link, the problems left, and the analysis in plain words.
    func review() -> Response {
        let result = session.parse(asOf: CaseInput.today())
        let pages = InterviewPage.all.filter { $0.applies(to: session) }
        let problems = result.errors.map { error -> (path: String, message: String) in
            let page = pages.first { $0.owns(error.path) }
            return (path: error.path, message: (page.map { $0.title(lang) + ": " } ?? "") + error.message)
        }
        var summary = ""
        if !problems.isEmpty {
            let links = zip(result.errors, problems).map { error, item in
                let page = pages.first { $0.owns(error.path) }
                let href = page.map { "/interview/\($0.id)#\(HTML.id(forPath: error.path))" }
                return href.map { "<li><a href=\"\($0)\">\(HTML.escape(item.message))</a></li>" } ?? "<li>\(HTML.escape(item.message))</li>"
            }
            summary =
                "<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\"><h2 id=\"error-summary-title\">"
                + t("Some answers need fixing", "Algunas respuestas necesitan corrección") + "</h2><ul>\n" + links.joined(separator: "\n") + "</ul></div>"
        }
        let sections = pages.map { page -> String in
            var rows = session.answers.filter { page.owns($0.key) }.sorted { $0.key < $1.key }.map { path, value in
                "<dt>\(HTML.escape(label(path)))</dt><dd>\(HTML.escape(display(value, at: path)))</dd>"
            }
            if page.id == "wants" {
                let choice = WantsChoice.current(in: session.topics)?.label(lang) ?? t("Not answered", "Sin respuesta")
                rows.insert("<dt>\(t("Contact", "Contacto"))</dt><dd>\(HTML.escape(choice))</dd>", at: 0)
            }
            let list = rows.isEmpty ? "<p>\(t("No answers.", "Sin respuestas."))</p>" : "<dl>\n\(rows.joined(separator: "\n"))\n</dl>"
            return "<section><h2>\(HTML.escape(page.title(lang)))</h2>\n"
                + "<p><a href=\"/interview/\(page.id)\">\(t("Change", "Cambiar"))<span class=\"visually-hidden\"> \(HTML.escape(page.title(lang)))</span></a></p>\n\(list)</section>"
        }
        var findings = ""
        if let theCase = result.value {
            let items = Self.findings(service.analysis(of: theCase, asOf: CaseInput.today(), language: lang))
            let list = items.map {
                "<li>\(HTML.escape($0.text))" + ($0.source.map { " <span class=\"source\">(\(t("Source", "Fuente")): \(HTML.escape($0)))</span>" } ?? "")
                    + "</li>"
            }
            findings =
                "<h2>\(t("What Redress found", "Lo que Redress encontró"))</h2>\n<p>\(t("Estimates to check with a lawyer or legal aid, not legal advice.", "Son estimaciones para revisar con un abogado o asistencia legal, no asesoría legal."))</p>\n"
                + (list.isEmpty ? "" : "<ul class=\"findings\">\n\(list.joined(separator: "\n"))\n</ul>\n")
                + "<p><a class=\"button\" href=\"/documents\">\(t("See your documents", "Ver sus documentos"))</a></p>"
        }
        let warnings =
            result.warnings.isEmpty
            ? ""
            : "<h2>\(t("Worth checking", "Vale la pena revisar"))</h2><ul>"
                + result.warnings.map { "<li>\(HTML.escape(label($0.path))): \(HTML.escape($0.message))</li>" }.joined() + "</ul>"
        let body = """
            \(summary)
            <h1>\(t("Check your answers", "Revise sus respuestas"))</h1>
            \(sections.joined(separator: "\n"))
            \(warnings)
            \(findings)
            <p><a href="/download/case.yaml">\(t("Download your answers (case.yaml) to continue later", "Descargar sus respuestas (case.yaml) para continuar después"))</a></p>
            """
        return HTMLPage.page(title: t("Check your answers", "Revise sus respuestas"), language: lang, body: body, switchPath: "/review")
    }

    /// `income[0].amount` → `Income 1 › Amount`, from the schema's labels.
    func label(_ path: String) -> String {
        var parts: [String] = [], prefix = ""
        for segment in path.split(separator: ".") {
            let key = segment.prefix { $0 != "[" }
            prefix += (prefix.isEmpty ? "" : ".") + segment
            guard let field = CaseSchema.field(atPath: prefix) else { parts.append(String(segment)); continue }
            var text = Labels.label(field, language: lang).text
            if let n = segment.split(separator: "[").dropFirst().first.flatMap({ Int($0.dropLast()) }) { text += " \(n + 1)" }
            _ = key
            parts.append(text)
        }
        return parts.joined(separator: " › ")
    }

    func display(_ value: String, at path: String) -> String {
        switch CaseSchema.field(atPath: path)?.type.elementType {
        case .boolean?, .choice?: return Labels.value(value, language: lang)
        default: return value
        }
    }

    /// The analysis's sentences and their sources, found by shape (an object with a sentence or
    /// summary, and a citation): the words are the analysis's own, in the case's language.
    static func findings(_ analysis: CaseAnalysis) -> [(text: String, source: String?)] {
        guard let data = try? JSONEncoder().encode(analysis), let json = try? JSONSerialization.jsonObject(with: data) else { return [] }
        var found: [(String, String?)] = [], seen: Set<String> = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                for key in ["sentence", "summary", "saleSurplusSentence", "claimedDifferenceSentence", "judgmentDifferenceSentence"] {
                    if let text = object[key] as? String, !text.isEmpty, seen.insert(text).inserted {
                        found.append((text, object["citation"] as? String))
                    }
                }
                for key in object.keys.sorted() { walk(object[key]!) }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(json)
        return found
    }
}
