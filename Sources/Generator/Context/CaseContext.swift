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
        let shared = SharedCase(theCase)
        root["analysis"] = .deferred(DeferredValue { analysis(of: shared, today: today, language: language) })
        if let (role, party) = recipient(of: theCase) {
            // The recipient's party is read by every letter: converted now, once for both names.
            let value = party.templateValue
            root[role] = value
            root["recipient"] = withFirmFirst(value)
            root["recipient_role"] = .string(role)
        }
        root["first_contact"] = theCase.firstContact?.templateValue
        return .map(root)
    }

    /// Whom a letter to "the collector" goes to: the collector, else the collection attorney, else
    /// the current creditor, with that party's role.
    static func recipient(of theCase: Case) -> (String, Party)? {
        if let collector = theCase.collector { return ("collector", collector) }
        if let attorney = theCase.collectionAttorney { return ("collection_attorney", attorney) }
        if let creditor = theCase.currentCreditor { return ("current_creditor", creditor) }
        return nil
    }

    /// A party with its firm put before the street lines of its address, so that a letter to an
    /// attorney reaches the firm's office.
    static func withFirmFirst(_ party: TemplateValue) -> TemplateValue {
        guard case .map(var fields) = party, case .string(let firm)? = fields["firm"], !firm.isEmpty,
            case .map(var address)? = fields["address"], case .list(let lines)? = address["lines"]
        else { return party }
        address["lines"] = .list([.string(firm)] + lines)
        fields["address"] = .map(address)
        return .map(fields)
    }
}
