/// One debtor's matter: the parties, the debt, what was sold, what the collectors did, and the
/// household's income and assets. Built by `CaseParser` from a case file.
public struct Case: Sendable, Hashable, Encodable {
    /// The case id (folder names and batch manifests use it).
    public var id: String
    /// The language to write documents in, when the file says.
    public var language: CaseLanguage?
    /// The debtor.
    public var debtor: Debtor
    /// The lender or card issuer the debt started with.
    public var originalCreditor: Party?
    /// Who owns the debt now, such as a debt buyer.
    public var currentCreditor: Party?
    /// The collection agency contacting the debtor.
    public var collector: Party?
    /// A law firm collecting for the creditor.
    public var collectionAttorney: Party?
    /// The debtor's own lawyer, if any.
    public var debtorAttorney: Party?
    /// The debt.
    public var debt: Debt?
    /// The foreclosure or repossession sale, if there was one.
    public var sale: Sale?
    /// The judgment, if one was entered.
    public var judgment: Judgment?
    /// Contacts from the other side, in the order given.
    public var contacts: [Contact]
    /// How, when and where the debtor lets a collector make contact.
    public var contactPreferences: ContactPreferences?
    /// When the debtor received the FDCPA validation notice.
    public var validationNoticeReceived: CalendarDate?
    /// The last day to dispute printed on the validation notice (12 CFR 1006.34).
    public var validationPeriodEndsOn: CalendarDate?
    /// When the collector received the debtor's written request to stop contact (15 U.S.C. 1692c(c)).
    public var ceaseLetterReceivedOn: CalendarDate?
    /// When the collector was told that the debtor has a lawyer for the debt (15 U.S.C. 1692c(a)(2)).
    public var attorneyNotifiedOn: CalendarDate?
    /// Garnishments, levies and liens.
    public var actions: CollectionActions
    /// The household's income.
    public var income: [IncomeItem]
    /// The household's assets.
    public var assets: [Asset]
    /// Papers the debtor has or still needs.
    public var documents: [DocumentItem]
    /// Free-text notes.
    public var notes: String?

    /// Creates a case.
    public init(
        id: String, language: CaseLanguage? = nil, debtor: Debtor, originalCreditor: Party? = nil,
        currentCreditor: Party? = nil, collector: Party? = nil, collectionAttorney: Party? = nil,
        debtorAttorney: Party? = nil, debt: Debt? = nil, sale: Sale? = nil, judgment: Judgment? = nil,
        contacts: [Contact] = [], contactPreferences: ContactPreferences? = nil,
        validationNoticeReceived: CalendarDate? = nil, validationPeriodEndsOn: CalendarDate? = nil,
        ceaseLetterReceivedOn: CalendarDate? = nil, attorneyNotifiedOn: CalendarDate? = nil,
        actions: CollectionActions = CollectionActions(), income: [IncomeItem] = [], assets: [Asset] = [],
        documents: [DocumentItem] = [], notes: String? = nil
    ) {
        self.id = id
        self.language = language
        self.debtor = debtor
        self.originalCreditor = originalCreditor
        self.currentCreditor = currentCreditor
        self.collector = collector
        self.collectionAttorney = collectionAttorney
        self.debtorAttorney = debtorAttorney
        self.debt = debt
        self.sale = sale
        self.judgment = judgment
        self.contacts = contacts
        self.contactPreferences = contactPreferences
        self.validationNoticeReceived = validationNoticeReceived
        self.validationPeriodEndsOn = validationPeriodEndsOn
        self.ceaseLetterReceivedOn = ceaseLetterReceivedOn
        self.attorneyNotifiedOn = attorneyNotifiedOn
        self.actions = actions
        self.income = income
        self.assets = assets
        self.documents = documents
        self.notes = notes
    }

    /// `en` or `es`: the file's `language`, else the debtor's preferred language when it is one of those.
    public var preferredLanguage: String? {
        (language ?? debtor.preferredLanguage.flatMap(CaseLanguage.init(matching:)))?.rawValue
    }

    /// The party a contact refers to, when it names a role of this case.
    public func party(_ reference: PartyReference) -> Party? {
        guard case .role(let role) = reference else { return nil }
        switch role {
        case .originalCreditor: return originalCreditor
        case .currentCreditor: return currentCreditor
        case .collector: return collector
        case .collectionAttorney: return collectionAttorney
        }
    }

    /// The earliest contact, if any.
    public var firstContact: Contact? { contacts.min { $0.date < $1.date } }

    enum CodingKeys: String, CodingKey {
        case id, language, debtor, collector, debt, sale, judgment, contacts, actions, income, assets, documents, notes
        case originalCreditor = "original_creditor", currentCreditor = "current_creditor"
        case collectionAttorney = "collection_attorney", debtorAttorney = "debtor_attorney"
        case validationNoticeReceived = "validation_notice_received", contactPreferences = "contact_preferences"
        case validationPeriodEndsOn = "validation_period_ends_on", ceaseLetterReceivedOn = "cease_letter_received_on"
        case attorneyNotifiedOn = "attorney_notified_on"
    }
}
