/// The "what you want" page as a plain choice. Each choice is kept as an interview topic and maps
/// to the case fields that decide which letters apply, so a downloaded case reproduces it:
/// stop contact is a case with neither `contact_preferences` nor `debtor_attorney` (the cease
/// letter); limit contact is `contact_preferences` (asked on the `limit` page); a lawyer is
/// `debtor_attorney` (the `lawyer` page); dispute is `debt.disputed` (reasons on the `dispute` page).
enum WantsChoice: String, CaseIterable, Sendable {
    case stop, limit, lawyer, unsure

    /// The form name of the radio group (not a case path: the choice is the fields it maps to).
    static let field = "contact_choice"
    /// The dispute checkbox: the case field itself.
    static let disputeField = "debt.disputed"
    /// The topic that makes the dispute reasons page apply.
    static let disputeTopic = "dispute"

    /// The choice recorded in `topics`, if any.
    static func current(in topics: Set<String>) -> WantsChoice? {
        // A case file with both a lawyer and limits gets the lawyer's letter only.
        [WantsChoice.lawyer, .limit, .stop, .unsure].first { topics.contains($0.rawValue) }
    }

    /// `topics` with the contact choice replaced by `choice` and the dispute topic set or cleared.
    static func topics(_ topics: Set<String>, choosing choice: WantsChoice, disputed: Bool) -> Set<String> {
        var result = topics.subtracting(allCases.map(\.rawValue))
        result.insert(choice.rawValue)
        if disputed { result.insert(disputeTopic) } else { result.remove(disputeTopic) }
        return result
    }

    /// The choice a case file makes (for an upload): its fields, read as the letters they produce.
    static func inferred(from answers: [String: String]) -> (choice: WantsChoice, disputed: Bool) {
        let has = { (prefix: String) in answers.keys.contains { InterviewPage.isUnder($0, prefix) } }
        let choice: WantsChoice = has("debtor_attorney") ? .lawyer : has("contact_preferences") ? .limit : .stop
        return (choice, answers[disputeField] == "true" || has("debt.dispute_reasons"))
    }

    func label(_ language: String) -> String {
        let es = language == "es"
        switch self {
        case .stop: return es ? "Que deje de contactarme por completo" : "Stop all contact"
        case .limit: return es ? "Limitar el contacto: solo en ciertos horarios, lugares o medios" : "Limit contact: only at certain times, places or ways"
        case .lawyer: return es ? "Un abogado me representa: que contacten a mi abogado" : "A lawyer represents me: contact my lawyer"
        case .unsure: return es ? "No lo sé" : "I’m not sure"
        }
    }

    func hint(_ language: String) -> String {
        let es = language == "es"
        switch self {
        case .stop:
            return es
                ? "Una carta que pide al cobrador que deje de comunicarse con usted sobre esta deuda (15 U.S.C. § 1692c(c)). La deuda no desaparece: el cobrador solo puede escribirle para decir que deja de cobrar o que él o el acreedor pueden tomar, o tomarán, una medida como una demanda."
                : "A letter asking the collector to stop communicating with you about this debt (15 U.S.C. § 1692c(c)). The debt does not go away: the collector may still write to say it is stopping, or that it or the creditor may take, or will take, a step such as a lawsuit."
        case .limit:
            return es
                ? "Una carta que le dice al cobrador cuándo, dónde y cómo puede contactarle, por ejemplo nunca en el trabajo o solo por correo (15 U.S.C. § 1692c(a)). La página siguiente pide los detalles."
                : "A letter telling the collector when, where and how it may contact you, such as never at work or only by mail (15 U.S.C. § 1692c(a)). The next page asks for the details."
        case .lawyer:
            return es
                ? "Una carta que le dice al cobrador que un abogado le representa en esta deuda y que debe tratar con él (15 U.S.C. § 1692c(a)(2)). La página siguiente pide el nombre y la dirección del abogado."
                : "A letter telling the collector that a lawyer represents you for this debt, so it must deal with the lawyer (15 U.S.C. § 1692c(a)(2)). The next page asks for the lawyer’s name and address."
        case .unsure:
            return es
                ? "Siga adelante: la página de documentos explica cada opción y puede volver aquí para elegir."
                : "Go on: the documents page explains each option, and you can come back here to choose."
        }
    }

    /// The document each choice adds to the packet.
    var documentID: String? {
        switch self {
        case .stop: return "cease-contact"
        case .limit: return "limit-contact"
        case .lawyer: return "attorney-representation"
        case .unsure: return nil
        }
    }

    static func disputeLabel(_ language: String) -> String {
        language == "es"
            ? "Disputo la deuda o quiero que el cobrador la compruebe (validación)"
            : "I dispute the debt, or I want the collector to prove it (validation)"
    }

    static func disputeHint(_ language: String) -> String {
        language == "es"
            ? "Una carta que disputa la deuda y pide al cobrador que la verifique (15 U.S.C. § 1692g(b)). Si la disputa por escrito dentro de los 30 días después de recibir el aviso de validación del cobrador, este debe dejar de cobrar hasta enviarle la verificación. La página siguiente le pregunta por qué, si quiere decirlo."
            : "A letter disputing the debt and asking the collector to verify it (15 U.S.C. § 1692g(b)). If you dispute in writing within 30 days after you receive the collector’s validation notice, the collector must stop collecting until it mails you the verification. The next page asks why, if you want to say."
    }
}
