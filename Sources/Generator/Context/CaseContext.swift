import CaseModel
import LegalRules
import Templating

/// Builds the template context: the case (under its file's own field names), the date, the
/// language, the analysis, and a few conveniences derived from the case: `first_contact`, and
/// `recipient`, the party collecting (`Case.collectingParty`: the collector, else the collection
/// attorney, else the current creditor, else an original creditor that made contact) with
/// `recipient_role` naming its role; `analysis.fdcpa.recipient` says whether it is a debt collector.
public enum CaseContext {
    /// The context for one case as of `today`. The analysis is computed when a template first reads
    /// `analysis`, each section once for every document rendered from this context (see
    /// `analysis(of:today:language:)`): most letters never read it.
    public static func make(for theCase: Case, today: CalendarDate, language: String) -> TemplateValue {
        guard case .map(var root) = theCase.templateValue else { return .null }
        root["today"] = today.templateValue
        root["language"] = .string(language)
        let shared = SharedCase(theCase)
        root["analysis"] = .deferred(DeferredValue { analysis(of: shared, today: today, language: language) })
        // The collecting party is read by every letter: converted now, once for both its names.
        if let role = theCase.collectingParty, let party = root[role.rawValue]?.resolved, let recipient = recipient(party) {
            root[role.rawValue] = party
            root["recipient"] = recipient
            root["recipient_role"] = .string(role.rawValue)
        }
        root["first_contact"] = theCase.firstContact?.templateValue
        return .map(root)
    }

    /// The party a letter goes to, as the context shows it: an attorney's firm is put before the
    /// street lines of the address, so that the letter reaches the firm's office.
    static func recipient(_ value: TemplateValue?) -> TemplateValue? {
        guard case .map(var party)? = value else { return nil }
        if case .string(let firm)? = party["firm"], !firm.isEmpty,
            case .map(var address)? = party["address"], case .list(let lines)? = address["lines"]
        {
            address["lines"] = .list([.string(firm)] + lines)
            party["address"] = .map(address)
        }
        return .map(party)
    }
}
