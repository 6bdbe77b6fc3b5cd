import CaseModel
import HTTPTypes
import Hummingbird

extension InterviewScreens {
    /// The documents that apply and why, a preview of each, and the downloads.
    func documents() throws -> Response {
        guard let theCase = session.parse(asOf: CaseInput.today()).value else {
            return Response(status: .seeOther, headers: [.location: "/review"])
        }
        let docs = try service.documents(for: theCase, asOf: CaseInput.today(), language: lang)
        let pages = InterviewPage.all.filter { $0.applies(to: session) }
        let items = docs.map { doc -> String in
            if !doc.ready {
                let needs = doc.missing.map { path -> String in
                    let href = pages.first { $0.owns(path) }.map { "/interview/\($0.id)#\(HTML.id(forPath: path))" }
                    return "<li>" + (href.map { "<a href=\"\($0)\">\(HTML.escape(label(path)))</a>" } ?? HTML.escape(label(path))) + "</li>"
                }
                return """
                    <section class="document">
                    <h2>\(HTML.escape(doc.title))</h2>
                    <p>\(t("Why", "Por qué")): \(HTML.escape(doc.description))</p>
                    \(needs.isEmpty
                        ? "<p>" + t("Redress cannot write this document from these answers yet. Check the pages about the events it concerns.", "Redress todavía no puede escribir este documento con estas respuestas. Revise las páginas sobre los hechos a los que se refiere.") + "</p>"
                        : "<p>" + t("To write this document, answer:", "Para escribir este documento, conteste:") + "</p><ul>" + needs.joined() + "</ul>")
                    </section>
                    """
            }
            let formats = ["docx": "Word (DOCX)", "html": "HTML", "txt": t("Plain text (TXT)", "Texto (TXT)")]
            let links = ["docx", "html", "txt"].map {
                "<li><a href=\"/download/\(doc.id).\($0)\" download>\(formats[$0]!)<span class=\"visually-hidden\"> – \(HTML.escape(doc.title))</span></a></li>"
            }.joined()
            return """
                <section class="document">
                <h2>\(HTML.escape(doc.title))</h2>
                <p>\(t("Why", "Por qué")): \(HTML.escape(doc.description))</p>
                <p><a href="/documents/\(doc.id)/preview">\(t("Preview", "Vista previa"))<span class="visually-hidden"> – \(HTML.escape(doc.title))</span></a></p>
                <ul class="downloads">\(links)</ul>
                </section>
                """
        }
        let body = """
            <p><a href="/review" class="back">\(t("Back to your answers", "Volver a sus respuestas"))</a></p>
            <h1>\(t("Your documents", "Sus documentos"))</h1>
            <p>\(t("These documents apply to your case. Read each one before you send it.", "Estos documentos corresponden a su caso. Lea cada uno antes de enviarlo."))</p>
            \(docs.contains { !$0.ready }
                ? "<p>" + t("Some documents need more answers (below) before all of them can be downloaded together.", "Algunos documentos necesitan más respuestas (abajo) antes de poder descargarlos todos juntos.") + "</p>"
                : "<p><a class=\"button\" href=\"/download/packet.zip\" download>" + t("Download all documents (ZIP)", "Descargar todos los documentos (ZIP)") + "</a></p>")
            \(wantsNotes(docs.map(\.id)))
            \(items.joined(separator: "\n"))
            <p><a href="/download/case.yaml" download>\(t("Download your answers (case.yaml) to continue later", "Descargar sus respuestas (case.yaml) para continuar después"))</a></p>
            <form method="post" action="/restart">\(csrfField)<button type="submit" class="secondary">\(t("Start a new case", "Empezar un caso nuevo"))</button></form>
            """
        return HTMLPage.page(title: t("Your documents", "Sus documentos"), language: lang, body: body, switchPath: "/documents")
    }
}
