import CaseModel

extension WantsChoice {
    /// What a follow-up page needs before its letter can be written, beyond the validator's rules:
    /// the limit page at least one limit (else the case would get the cease letter), the lawyer page
    /// the lawyer's name and address (the letter sends the collector there).
    static func missing(on page: InterviewPage, in session: Session) -> [CaseDiagnostic] {
        let es = session.language == "es"
        let has = { (prefix: String) in session.answers.keys.contains { InterviewPage.isUnder($0, prefix) } }
        switch page.id {
        case "limit" where !has("contact_preferences"):
            return [
                .error(
                    "contact_preferences",
                    es
                        ? "Indique al menos un límite, o vuelva y elija otra opción"
                        : "Give at least one limit, or go back and choose another option")
            ]
        case "lawyer":
            var errors: [CaseDiagnostic] = []
            if !has("debtor_attorney") {
                errors.append(.error("debtor_attorney.name", es ? "Escriba el nombre de su abogado" : "Enter your lawyer’s name"))
            }
            if !has("debtor_attorney.address") {
                let fields: [(String, String, String)] = [
                    ("line1", "Enter the lawyer’s street address", "Escriba la dirección del abogado"),
                    ("city", "Enter the lawyer’s city or town", "Escriba la ciudad del abogado"),
                    ("state", "Choose the lawyer’s state", "Elija el estado del abogado"),
                    ("zip", "Enter the lawyer’s ZIP code", "Escriba el código postal del abogado"),
                ]
                errors += fields.map { CaseDiagnostic.error("debtor_attorney.address." + $0.0, es ? $0.2 : $0.1) }
            }
            return errors
        default:
            return []
        }
    }
}
