extension InterviewScreens {
    /// On the documents page: each option explained when the person was not sure (or did not
    /// choose), and a note for a chosen letter that the case does not produce.
    func wantsNotes(_ documentIDs: [String]) -> String {
        let choice = WantsChoice.current(in: session.topics)
        var html = ""
        if choice == nil || choice == .unsure {
            let options = WantsChoice.allCases.filter { $0 != .unsure }.map {
                "<li><strong>\(HTML.escape($0.label(lang)))</strong>: \(HTML.escape($0.hint(lang)))</li>"
            }
            let dispute = "<li><strong>\(HTML.escape(WantsChoice.disputeLabel(lang)))</strong>: \(HTML.escape(WantsChoice.disputeHint(lang)))</li>"
            html += """
                <section class="options" aria-labelledby="options-title">
                <h2 id="options-title">\(t("Your options", "Sus opciones"))</h2>
                <p>\(t("You have not chosen what you want the collector to do. These are the letters Redress can write:", "Usted no ha elegido lo que quiere que haga el cobrador. Estas son las cartas que Redress puede escribir:"))</p>
                <ul>\(options.joined())\(dispute)</ul>
                <p>\(t("Until you choose, the documents below include the letter asking the collector to stop all contact, when a collector is contacting you. Do not send it unless you want contact to stop.", "Mientras no elija, los documentos de abajo incluyen la carta que pide al cobrador que deje de contactarle, cuando un cobrador le contacta. No la envíe si no quiere que el contacto termine."))</p>
                <p><a href="/interview/wants">\(t("Choose what you want", "Elegir lo que quiere"))</a></p>
                </section>
                """
        }
        var missing: [String] = []
        if let id = choice?.documentID, !documentIDs.contains(id) { missing.append(choice!.label(lang)) }
        if session.topics.contains(WantsChoice.disputeTopic), !documentIDs.contains("dispute") { missing.append(WantsChoice.disputeLabel(lang)) }
        if !missing.isEmpty {
            html +=
                "<p>" + t("You chose ", "Usted eligió ") + missing.map { "“" + HTML.escape($0) + "”" }.joined(separator: t(" and ", " y "))
                + t(
                    ", but that letter does not apply to your case as answered (for example, nobody is collecting, a judgment was entered, or the 30 days to dispute have passed). A lawyer or legal aid can tell you what else you can do.",
                    ", pero esa carta no corresponde a su caso según sus respuestas (por ejemplo, nadie está cobrando, hay una sentencia o ya pasaron los 30 días para disputar). Un abogado o la asistencia legal pueden decirle qué más puede hacer."
                )
                + "</p>"
        }
        return html
    }
}
