import CaseModel

extension InterviewScreens {
    /// The "what you want" page's controls: one contact choice as radio buttons and the dispute
    /// as a checkbox, each option with its hint and the law behind it. Plain HTML: a follow-up page,
    /// not a script, asks what a choice needs.
    func wantsControls(errors: [String: [String]]) -> String {
        let id = HTML.id(forPath: WantsChoice.field)
        let chosen = WantsChoice.current(in: session.topics)
        let error = errors[WantsChoice.field].map {
            "<p class=\"error-message\" id=\"\(id)-error\"><span class=\"visually-hidden\">Error:</span> "
                + $0.map(HTML.escape).joined(separator: "; ") + "</p>\n"
        }
        let radios = WantsChoice.allCases.enumerated().map { index, choice in
            // The first radio carries the group's id: the error summary links to it.
            let optionID = index == 0 ? id : id + "-" + choice.rawValue
            return "<div class=\"option\"><input type=\"radio\" id=\"\(optionID)\" name=\"\(WantsChoice.field)\" value=\"\(choice.rawValue)\""
                + " aria-describedby=\"\(optionID)-item-hint\"\(chosen == choice ? " checked" : "")>"
                + "<label for=\"\(optionID)\">\(HTML.escape(choice.label(lang)))</label>\n"
                + "<p class=\"hint\" id=\"\(optionID)-item-hint\">\(HTML.escape(choice.hint(lang)))</p></div>"
        }
        let described = [id + "-hint"] + (error == nil ? [] : [id + "-error"])
        let disputeID = HTML.id(forPath: WantsChoice.disputeField)
        let disputed = session.answers[WantsChoice.disputeField] == "true"
        return """
            <div class="\(error == nil ? "" : "field-error")">
            <fieldset class="question" aria-describedby="\(described.joined(separator: " "))">
            <legend>\(t("What do you want the collector to do about contacting you?", "¿Qué quiere que haga el cobrador sobre el contacto con usted?"))</legend>
            <p class="hint" id="\(id)-hint">\(t("Choose one. Redress writes the letter for your choice.", "Elija una. Redress escribe la carta para su elección."))</p>
            \(error ?? "")\(radios.joined(separator: "\n"))
            </fieldset>
            </div>
            <fieldset class="question" aria-describedby="\(disputeID)-hint">
            <legend>\(t("Do you also want to dispute the debt?", "¿Quiere también disputar la deuda?"))</legend>
            <p class="hint" id="\(disputeID)-hint">\(t("You can do this as well as your choice above.", "Puede hacerlo además de lo que eligió arriba."))</p>
            <div class="option"><input type="checkbox" id="\(disputeID)" name="\(WantsChoice.disputeField)" value="true" aria-describedby="\(disputeID)-item-hint"\(disputed ? " checked" : "")><label for="\(disputeID)">\(HTML.escape(WantsChoice.disputeLabel(lang)))</label>
            <p class="hint" id="\(disputeID)-item-hint">\(HTML.escape(WantsChoice.disputeHint(lang)))</p></div>
            </fieldset>
            """
    }
}
