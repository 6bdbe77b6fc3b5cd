import CaseModel
import Hummingbird

/// The HTML of the start page and of each interview page, in the session's language.
struct InterviewScreens {
    let session: Session
    let service: CaseService
    var es: Bool { session.language == "es" }
    var lang: String { session.language }

    func t(_ english: String, _ spanish: String) -> String { es ? spanish : english }

    var csrfField: String { "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(session.csrf))\">" }

    func start(uploadError: String? = nil) -> Response {
        let boxes = InterviewPage.topics.map { topic in
            "<div class=\"option\"><input type=\"checkbox\" id=\"topic-\(topic.id)\" name=\"topics[]\" value=\"\(topic.id)\"\(session.topics.contains(topic.id) ? " checked" : "")>"
                + "<label for=\"topic-\(topic.id)\">\(HTML.escape(es ? topic.es : topic.en))</label></div>"
        }.joined(separator: "\n")
        let error =
            uploadError.map {
                HTMLPage.errorSummary([(path: "", message: t("The file could not be read: ", "No se pudo leer el archivo: ") + $0)], language: lang)
            } ?? ""
        let body = """
            \(error)
            <h1>\(t("Answer a debt collector, step by step", "Responda a un cobrador de deudas, paso a paso"))</h1>
            <p>\(t("Answer a few questions about you and the debt. At the end you get letters and forms to print or save. Nothing is saved on this server: download your answers to continue later.",
                   "Conteste unas preguntas sobre usted y la deuda. Al final recibirá cartas y formularios para imprimir o guardar. Nada se guarda en este servidor: descargue sus respuestas para continuar después."))</p>
            <form method="post" action="/start" novalidate>
            \(csrfField)
            <fieldset><legend>\(t("What has happened? Choose all that apply.", "¿Qué ha pasado? Elija todo lo que corresponda."))</legend>
            \(boxes)
            </fieldset>
            <button type="submit">\(t("Start", "Empezar"))</button>
            </form>
            <h2>\(t("Continue with a saved case", "Continuar con un caso guardado"))</h2>
            <form method="post" action="/upload" enctype="multipart/form-data">
            \(csrfField)
            <div class="field"><label for="f-upload">\(t("Case file (.yaml or .json)", "Archivo del caso (.yaml o .json)"))</label>
            <input type="file" id="f-upload" name="file" accept=".yaml,.yml,.json"></div>
            <button type="submit" class="secondary">\(t("Upload and continue", "Subir y continuar"))</button>
            </form>
            """
        return HTMLPage.page(title: t("Start", "Inicio"), language: lang, body: body, switchPath: "/")
    }

    func form(_ page: InterviewPage, errors: [CaseDiagnostic]) -> Response {
        var byPath: [String: [String]] = [:]
        for e in errors { byPath[e.path, default: []].append(e.message + (e.hint.map { " (\($0))" } ?? "")) }
        let renderer = FormRenderer(answers: session.answers, errors: byPath, language: lang)
        let applicable = InterviewPage.all.filter { $0.applies(to: session) }
        let index = applicable.firstIndex(of: page) ?? 0
        let back = index > 0 ? "/interview/\(applicable[index - 1].id)" : "/"
        // The "what you want" page is a plain choice, not the schema's fields (`WantsChoice`).
        let isChoice = page.id == "wants"
        let summary = HTMLPage.errorSummary(errors.map { (path: $0.path, message: $0.message) }, language: lang)
        let body = """
            <p><a href="\(back)" class="back">\(t("Back", "Atrás"))</a></p>
            \(summary)
            <p class="step">\(t("Step", "Paso")) \(index + 1) \(t("of", "de")) \(applicable.count)</p>
            <h1>\(HTML.escape(page.title(lang)))</h1>
            \(isChoice ? "" : "<p>" + t("Leave blank anything you do not know.", "Deje en blanco lo que no sepa.") + "</p>")
            <form method="post" action="/interview/\(page.id)" novalidate>
            \(csrfField)
            \(isChoice ? wantsControls(errors: byPath) : renderer.render(page))
            <div class="buttons">
            <button type="submit" name="action" value="continue">\(t("Save and continue", "Guardar y continuar"))</button>
            \(isChoice ? "" : "<button type=\"submit\" name=\"action\" value=\"add\" class=\"secondary\">" + t("Save and add another item", "Guardar y agregar otro elemento") + "</button>")
            </div>
            </form>
            """
        return HTMLPage.page(
            title: (errors.isEmpty ? "" : t("Error: ", "Error: ")) + page.title(lang), language: lang,
            body: body, switchPath: "/interview/\(page.id)")
    }
}
