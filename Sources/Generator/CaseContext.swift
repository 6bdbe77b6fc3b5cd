import CaseModel
import LegalRules
import Templating

/// Builds the template context: the case (under its file's own field names), the date, the
/// language, the analysis, and a few conveniences derived from the case: `first_contact`, and
/// `recipient` (the collector, else the collection attorney, else the current creditor) with
/// `recipient_role` naming which (`collector`, `collection_attorney`, `current_creditor`).
public enum CaseContext {
    /// The context for one case as of `today`, with the fields in `selection` (by default all):
    /// a batch passes what its templates read (see ``ContextSelection``), so that a record pays
    /// only for the fields its documents print, and for the analysis only when one reads it.
    public static func make(for theCase: Case, today: CalendarDate, language: String,
                            selecting selection: ContextSelection = .everything) throws -> TemplateValue {
        let wantsRecipient = readsRecipient(selection)
        // One encoding pass: addresses get their `lines` as they are encoded.
        let fields = selection.includesSources ? selection : withSources(selection)
        guard case .map(var root) = try TemplateValueEncoder().encode(theCase, selecting: fields) else { return .null }
        root["today"] = .date(year: today.year, month: today.month, day: today.day)
        root["language"] = .string(language)
        if let fields = selection.field(.analysis) {
            root["analysis"] = try analysis(of: theCase, today: today, language: language, selecting: fields)
        }
        if wantsRecipient, let (role, party) = recipient(in: root) {
            root["recipient"] = party
            root["recipient_role"] = .string(role)
        }
        if selection.contains(.first_contact), let first = theCase.contacts.indices.min(by: { theCase.contacts[$0].date < theCase.contacts[$1].date }),
           case .list(let contacts)? = root["contacts"] {
            root["first_contact"] = contacts[first]
        }
        return .map(root)
    }

    /// `selection` with the case fields that the derived fields are made from, whole: the parties
    /// `recipient` may be, and the contacts `first_contact` is chosen from. ``DocumentGenerator``
    /// stores its selections this way, so that nothing is added (and copied) per record.
    public static func withSources(_ selection: ContextSelection) -> ContextSelection {
        var fields = selection
        if readsRecipient(selection) {
            for role in roles where fields.field(role)?.isWhole != true { fields.insert(role) }
        }
        if selection.contains("first_contact"), fields.field("contacts")?.isWhole != true { fields.insert("contacts") }
        fields.includesSources = true
        return fields
    }

    /// Whether `selection` reads `recipient` or `recipient_role`.
    private static func readsRecipient(_ selection: ContextSelection) -> Bool {
        selection.contains(.recipient) || selection.contains(.recipient_role)
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
               case .map(var address)? = party["address"], case .list(let lines)? = address["lines"] {
                address["lines"] = .list([.string(firm)] + lines)
                party["address"] = .map(address)
            }
            return (role, .map(party))
        }
        return nil
    }
}
