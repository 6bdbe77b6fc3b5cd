import HTTPTypes
import Hummingbird

/// The page around every screen: language, title, the stylesheet, a skip link, the language switch.
enum HTMLPage {
    /// A whole page. `switchPath` is where the language switch points (the same page in the other language).
    static func page(title: String, language: String, body: String, switchPath: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        let other = language == "es" ? ("en", "English") : ("es", "Español")
        let skip = language == "es" ? "Saltar al contenido" : "Skip to main content"
        let nav =
            switchPath.map { path in
                "<nav aria-label=\"\(language == "es" ? "Idioma" : "Language")\"><a href=\"\(HTML.escape(path))?lang=\(other.0)\" lang=\"\(other.0)\" hreflang=\"\(other.0)\">\(other.1)</a></nav>"
            } ?? ""
        let html = """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) – Redress</title>
            <link rel="stylesheet" href="/static/redress.css">
            </head>
            <body>
            <a class="skip-link" href="#main">\(skip)</a>
            <header><p class="brand">Redress</p>\(nav)</header>
            <main id="main">
            \(body)
            </main>
            <footer><p>\(language == "es" ? "Esta herramienta no da asesoría legal." : "This tool does not give legal advice.")</p></footer>
            </body>
            </html>

            """
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// An error page for the browser.
    static func error(status: HTTPResponse.Status, title: String, detail: String) -> Response {
        page(
            title: title, language: "en", body: "<h1>\(HTML.escape(title))</h1>\n<p>\(HTML.escape(detail))</p>\n<p><a href=\"/\">Start again</a></p>",
            status: status)
    }

    /// The GOV.UK-style error summary: a heading, then each message linking to its field.
    static func errorSummary(_ items: [(path: String, message: String)], language: String) -> String {
        guard !items.isEmpty else { return "" }
        let heading = language == "es" ? "Hay un problema" : "There is a problem"
        let links = items.map { item in
            item.path.isEmpty
                ? "<li>\(HTML.escape(item.message))</li>"
                : "<li><a href=\"#\(HTML.id(forPath: item.path))\">\(HTML.escape(item.message))</a></li>"
        }
        return "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\">\n"
            + "<h2 id=\"error-summary-title\">\(heading)</h2>\n<ul>\n\(links.joined(separator: "\n"))\n</ul>\n</div>"
    }
}
