import CaseModel

extension CaseAnalyzer {
    /// Every dated event of the case, sorted by date; events on the same day keep the order below
    /// (loan, payments, sale, deed, judgment, contacts, notices, garnishments, levies, liens).
    static func timeline(_ theCase: Case, language: AnalysisLanguage) -> [CaseAnalysis.TimelineEntry] {
        var entries: [CaseAnalysis.TimelineEntry] = []
        entries.reserveCapacity(
            7 + theCase.contacts.count + theCase.actions.garnishments.count
                + 2 * theCase.actions.levies.count + theCase.actions.liens.count)
        func add(_ date: CalendarDate?, _ kind: String, _ event: TimelinePhrase, who: String? = nil, detail: String? = nil) {
            guard let date else { return }
            entries.append(.init(date: date, kind: kind, event: Phrase.timeline(event).text(in: language), who: who, detail: detail))
        }
        add(theCase.debt?.originatedOn, "loan_originated", .loanOriginated, who: theCase.originalCreditor?.name)
        add(theCase.debt?.lastPaymentOn, "last_payment", .lastPayment)
        if let sale = theCase.sale {
            add(sale.date, "sale", .sale(sale.type))
            add(sale.deedDeliveredOn, "deed_delivered", .deedDelivered)
            add(sale.confirmedOn, "sale_confirmed", .saleConfirmed)
        }
        if let judgment = theCase.judgment {
            add(judgment.date, "judgment_entered", .judgmentEntered, who: judgment.court, detail: judgment.caseNumber)
        }
        for i in theCase.contacts.indices {
            let contact = theCase.contacts[i]
            add(contact.date, "contact", .contact(contact.method), who: contact.by.map { partyName($0, in: theCase) }, detail: contact.summary)
        }
        add(theCase.validationNoticeReceived, "validation_notice_received", .validationNoticeReceived)
        for g in theCase.actions.garnishments {
            add(g.firstWithheld, "garnishment_first_withheld", .garnishmentFirstWithheld, who: g.employer)
        }
        for levy in theCase.actions.levies {
            add(levy.frozenOn, "levy_frozen", .levyFrozen, who: levy.bank)
            add(levy.noticeServedOn, "levy_notice_served", .levyNoticeServed(personal: levy.noticeService.map { $0 == .personal }), who: levy.bank)
        }
        for lien in theCase.actions.liens {
            add(lien.recordedOn, "lien_recorded", .lienRecorded, detail: lien.property)
        }
        // A stable insertion sort: same-day events stay in the order added. The list is short and
        // mostly in order already, and comparing year, month and day directly avoids converting
        // both dates to day numbers for every comparison.
        for i in entries.indices.dropFirst() {
            var j = i
            while j > 0, isBefore(entries[i].date, entries[j - 1].date) { j -= 1 }
            if j != i { entries.insert(entries.remove(at: i), at: j) }
        }
        return entries
    }

    /// Whether `a` is an earlier day than `b` (the order of `CalendarDate`'s `<`).
    private static func isBefore(_ a: CalendarDate, _ b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// A contact's party by name ("Harold P. Whitcomb (Whitcomb & Lenz, LLP)"), or the role or name as written.
    static func partyName(_ reference: PartyReference, in theCase: Case) -> String {
        // The name and firm read in place: `Case.party(_:)` returns a copy of the whole party.
        let name: String?
        let firm: String?
        switch reference {
        case .named: name = nil; firm = nil
        case .role(.originalCreditor): name = theCase.originalCreditor?.name; firm = theCase.originalCreditor?.firm
        case .role(.currentCreditor): name = theCase.currentCreditor?.name; firm = theCase.currentCreditor?.firm
        case .role(.collector): name = theCase.collector?.name; firm = theCase.collector?.firm
        case .role(.collectionAttorney): name = theCase.collectionAttorney?.name; firm = theCase.collectionAttorney?.firm
        }
        guard let name else { return reference.description }
        guard let firm, firm != name else { return name }
        return .sentence("\(name) (\(firm))")
    }
}
