import CaseModel
import LegalRules
import Templating

/// Builds the template context: the case (under its file's own field names), the date, the
/// language, the analysis, and a few conveniences derived from the case: `first_contact`, and
/// `recipient` (the collector, else the collection attorney, else the current creditor) with
/// `recipient_role` naming which (`collector`, `collection_attorney`, `current_creditor`).
public enum CaseContext {
    /// The context for one case as of `today`.
    public static func make(for theCase: Case, today: CalendarDate, language: String) throws -> TemplateValue {
        // One encoding pass: addresses get their `lines` as they are encoded.
        guard case .map(var root) = try TemplateValueEncoder().encode(theCase) else { return .null }
        root["today"] = .date(year: today.year, month: today.month, day: today.day)
        root["language"] = .string(language)
        root["analysis"] = try TemplateValueEncoder().encode(CaseAnalyzer.analyze(theCase, asOf: today, language: AnalysisLanguage(code: language)))
        if let (role, party) = recipient(in: root) {
            root["recipient"] = party
            root["recipient_role"] = .string(role)
        }
        if let first = theCase.contacts.indices.min(by: { theCase.contacts[$0].date < theCase.contacts[$1].date }),
           case .list(let contacts)? = root["contacts"] {
            root["first_contact"] = contacts[first]
        }
        return .map(root)
    }

    /// Whom a letter to "the collector" goes to: the collector, else the collection attorney, else
    /// the current creditor, with that party's role. An attorney's firm is put before the street
    /// lines of the address, so that the letter reaches the firm's office.
    static func recipient(in root: [String: TemplateValue]) -> (String, TemplateValue)? {
        for role in ["collector", "collection_attorney", "current_creditor"] {
            guard case .map(var party)? = root[role] else { continue }
            if case .string(let firm)? = party["firm"], !firm.isEmpty,
               case .map(var address)? = party["address"], case .list(let lines)? = address["lines"] {
                address["lines"] = .list([.string(firm)] + lines)
                party["address"] = .map(address)
            }
            return (role, .map(party))
        }
        return nil
    }
}
