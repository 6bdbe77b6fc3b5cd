import CaseModel
import LegalRules
import Templating

/// Builds the template context: the case (under its file's own field names), the date, the
/// language, the analysis, and a few conveniences derived from the case: `first_contact`, and
/// `recipient` (the collector, else the collection attorney, else the current creditor) with
/// `recipient_role` naming which (`collector`, `collection_attorney`, `current_creditor`).
public enum CaseContext {
    /// The context for one case as of `today`. The analysis is computed when a template first reads
    /// `analysis`, each section once for every document rendered from this context (see
    /// `analysis(of:today:language:)`): most letters never read it.
    public static func make(for theCase: Case, today: CalendarDate, language: String) -> TemplateValue {
        guard case .map(var root) = theCase.templateValue else { return .null }
        root["today"] = today.templateValue
        root["language"] = .string(language)
        root["analysis"] = .deferred(DeferredValue { analysis(of: theCase, today: today, language: language) })
        if let (role, party) = recipient(in: root) {
            root["recipient"] = party
            root["recipient_role"] = .string(role)
        }
        root["first_contact"] = theCase.firstContact?.templateValue
        return .map(root)
    }

    /// The parties a letter to "the collector" may go to, in order of preference.
    static let roles = ["collector", "collection_attorney", "current_creditor"]

    /// Whom a letter to "the collector" goes to: the collector, else the collection attorney, else
    /// the current creditor, with that party's role. An attorney's firm is put before the street
    /// lines of the address, so that the letter reaches the firm's office.
    static func recipient(in root: [String: TemplateValue]) -> (String, TemplateValue)? {
        for role in roles {
            guard case .map(var party)? = root[role] else { continue }
            if case .string(let firm)? = party["firm"], !firm.isEmpty,
                case .map(var address)? = party["address"], case .list(let lines)? = address["lines"]
            {
                address["lines"] = .list([.string(firm)] + lines)
                party["address"] = .map(address)
            }
            return (role, .map(party))
        }
        return nil
    }
}
