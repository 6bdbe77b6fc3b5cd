import CaseModel
import LegalRules
import Templating

// The types encoded for every record of a batch (findings, parties, addresses, contacts: most of
// what a letter prints) are built directly rather than through `encode(to:)`: a generic container
// costs a runtime metadata lookup and a box per value, and a field walk an existential call per
// field. The maps whose keys are known are made from a prototype (`KeyTable`), which hashes no key
// per record. Each builder must give exactly what `encode(to:)` gives (with the same selection):
// debug builds, which run the tests, check every value built here against it (`Node.checked`), so a
// field added to a model type cannot be missed.
extension Node {

    static func direct(_ a: Address) -> TemplateValue {
        addressKeys.map(present: a.line2 == nil ? 0 : 1) { field in
            switch field {
            case .line1: return .string(a.line1)
            case .line2: return .string(a.line2!)
            case .city: return .string(a.city)
            case .state: return .string(a.state.code)
            case .zip: return .string(a.zip)
            case .lines: return .list(lines(of: a))
            }
        }
    }

    private enum AddressField { case line1, line2, city, state, zip, lines }
    private static let addressKeys = KeyTable<AddressField>(
        required: ["line1": .line1, "city": .city, "state": .state, "zip": .zip, "lines": .lines], optional: ["line2": .line2])

    /// `Address.lines` (the street lines, then "City, ST 12345"), built in one array of its final
    /// size with the last line written in one allocation, rather than by concatenating arrays.
    private static func lines(of a: Address) -> [TemplateValue] {
        var lines: [TemplateValue] = []
        lines.reserveCapacity(3)
        lines.append(.string(a.line1))
        if let line2 = a.line2 { lines.append(.string(line2)) }
        let state = a.state.code
        var last = ""
        last.reserveCapacity(a.city.utf8.count + state.utf8.count + a.zip.utf8.count + 3)
        last += a.city
        last += ", "
        last += state
        last += " "
        last += a.zip
        lines.append(.string(last))
        return lines
    }

    /// A party with the fields `selection` reads: a party whose name alone is printed (the
    /// original creditor, in most letters) skips its address, the costliest part of a party.
    static func direct(_ p: Party, _ selection: ContextSelection) throws -> TemplateValue {
        guard !selection.isWhole else { return direct(p) }
        var map = SelectedMap(selection, capacity: 2)
        try map.put(.name, p.name)
        try map.put(.address, p.address)
        try map.put(.phone, p.phone)
        try map.put(.email, p.email)
        try map.put(.bar_number, p.barNumber)
        try map.put(.firm, p.firm)
        try map.put(.reference_number, p.referenceNumber)
        return .map(map.values)
    }

    static func direct(_ p: Party) -> TemplateValue {
        let present = (p.address == nil ? 0 : 1) | (p.phone == nil ? 0 : 2) | (p.email == nil ? 0 : 4)
            | (p.barNumber == nil ? 0 : 8) | (p.firm == nil ? 0 : 16) | (p.referenceNumber == nil ? 0 : 32)
        return partyKeys.map(present: present) { field in
            switch field {
            case .name: return .string(p.name)
            case .address: return direct(p.address!)
            case .phone: return .string(p.phone!)
            case .email: return .string(p.email!)
            case .barNumber: return .string(p.barNumber!)
            case .firm: return .string(p.firm!)
            case .referenceNumber: return .string(p.referenceNumber!)
            }
        }
    }

    private enum PartyField { case name, address, phone, email, barNumber, firm, referenceNumber }
    private static let partyKeys = KeyTable<PartyField>(
        required: ["name": .name],
        optional: ["address": .address, "phone": .phone, "email": .email, "bar_number": .barNumber, "firm": .firm,
                   "reference_number": .referenceNumber])

    static func direct(_ c: Contact) -> TemplateValue {
        contactKeys.map(present: (c.by == nil ? 0 : 1) | (c.summary == nil ? 0 : 2) | (c.time == nil ? 0 : 4)) { field in
            switch field {
            case .date: return .date(year: c.date.year, month: c.date.month, day: c.date.day)
            case .method: return .string(c.method.rawValue)
            case .by: return .string(c.by!.description)
            case .summary: return .string(c.summary!)
            case .time: return .string(c.time!.description)
            case .threatened: return .list(c.threatened.map { .string($0.rawValue) })
            }
        }
    }

    private enum ContactField { case date, method, by, summary, time, threatened }
    private static let contactKeys = KeyTable<ContactField>(
        required: ["date": .date, "method": .method, "threatened": .threatened],
        optional: ["by": .by, "summary": .summary, "time": .time])

    static func direct(_ h: HourRange) -> TemplateValue {
        hourRangeKeys.map { field in
            switch field {
            case .from: return .string(h.from.description)
            case .to: return .string(h.to.description)
            }
        }
    }

    private enum HourRangeField { case from, to }
    private static let hourRangeKeys = KeyTable<HourRangeField>(required: ["from": .from, "to": .to])

    static func direct(_ f: Finding) -> TemplateValue {
        .map(["id": .string(f.id), "topic": .string(f.topic.rawValue), "sentence": .string(f.sentence),
              "figures": .list(f.figures.map(direct)), "citations": .list(f.citations.map(direct)),
              "confidence": .string(f.confidence.rawValue)])
    }

    static func direct(_ c: Citation) -> TemplateValue {
        var map = [String: TemplateValue](minimumCapacity: 2)
        map["text"] = .string(c.text)
        if let url = c.url { map["url"] = .string(url) }
        return .map(map)
    }

    static func direct(_ f: Figure) -> TemplateValue {
        var map = [String: TemplateValue](minimumCapacity: 2)
        map["label"] = .string(f.label)
        switch f.value {
        case .text(let text): map["text"] = .string(text)
        case .money(let amount): map["money"] = .money(cents: amount.cents)
        case .date(let date): map["date"] = .date(year: date.year, month: date.month, day: date.day)
        case .number(let n): map["number"] = .int(n)
        }
        return .map(map)
    }

    // The case and its larger parts honour the selection field by field, as `encode(to:)` does.

    static func direct(_ c: Case, _ selection: ContextSelection) throws -> TemplateValue {
        var map = SelectedMap(selection, capacity: 20)
        try map.put(.id, c.id)
        try map.put(.language, c.language)
        try map.put(.debtor, c.debtor)
        try map.put(.original_creditor, c.originalCreditor)
        try map.put(.current_creditor, c.currentCreditor)
        try map.put(.collector, c.collector)
        try map.put(.collection_attorney, c.collectionAttorney)
        try map.put(.debtor_attorney, c.debtorAttorney)
        try map.put(.debt, c.debt)
        try map.put(.sale, c.sale)
        try map.put(.judgment, c.judgment)
        try map.put(.contacts, c.contacts)
        try map.put(.contact_preferences, c.contactPreferences)
        try map.put(.validation_notice_received, c.validationNoticeReceived)
        try map.put(.actions, c.actions)
        try map.put(.income, c.income)
        try map.put(.assets, c.assets)
        try map.put(.documents, c.documents)
        try map.put(.notes, c.notes)
        try map.put(.validation_period_ends_on, c.validationPeriodEndsOn)
        try map.put(.cease_letter_received_on, c.ceaseLetterReceivedOn)
        try map.put(.attorney_notified_on, c.attorneyNotifiedOn)
        return .map(map.values)
    }

    static func direct(_ d: Debtor, _ selection: ContextSelection) throws -> TemplateValue {
        var map = SelectedMap(selection, capacity: 8)
        try map.put(.name, d.name)
        try map.put(.address, d.address)
        try map.put(.phone, d.phone)
        try map.put(.email, d.email)
        try map.put(.household_size, d.householdSize)
        try map.put(.preferred_language, d.preferredLanguage)
        try map.put(.ssn, d.ssn)
        try map.put(.employer, d.employer)
        return .map(map.values)
    }

    static func direct(_ d: Debt, _ selection: ContextSelection) throws -> TemplateValue {
        var map = SelectedMap(selection, capacity: 14)
        try map.put(.account_number, d.accountNumber)
        try map.put(.loan_type, d.loanType)
        try map.put(.owner_occupied, d.ownerOccupied)
        try map.put(.property_state, d.propertyState)
        try map.put(.property_address, d.propertyAddress)
        try map.put(.originated_on, d.originatedOn)
        try map.put(.last_payment_on, d.lastPaymentOn)
        try map.put(.original_amount, d.originalAmount)
        try map.put(.balance_claimed, d.balanceClaimed)
        try map.put(.principal, d.principal)
        try map.put(.interest, d.interest)
        try map.put(.interest_rate, d.interestRate)
        try map.put(.disputed, d.disputed)
        try map.put(.dispute_reasons, d.disputeReasons)
        try map.put(.acreage, d.acreage)
        try map.put(.dwelling_units, d.dwellingUnits)
        try map.put(.texas_home_equity, d.texasHomeEquity)
        try map.put(.refinanced_on, d.refinancedOn)
        try map.put(.refinance_new_money, d.refinanceNewMoney)
        try map.put(.finance_charge, d.financeCharge)
        try map.put(.cash_price, d.cashPrice)
        return .map(map.values)
    }

    // Letters that print the contact preferences or the judgment read them whole: from a prototype.

    static func direct(_ p: ContactPreferences, _ selection: ContextSelection) throws -> TemplateValue {
        guard !selection.isWhole else {
            let present = (p.phone == nil ? 0 : 1) | (p.email == nil ? 0 : 2) | (p.allowedHours == nil ? 0 : 4) | (p.notes == nil ? 0 : 8)
            return contactPreferencesKeys.map(present: present) { field in
                switch field {
                case .allowedMedia: return .list(p.allowedMedia.map { .string($0.rawValue) })
                case .forbiddenMedia: return .list(p.forbiddenMedia.map { .string($0.rawValue) })
                case .phone: return .string(p.phone!)
                case .email: return .string(p.email!)
                case .allowedHours: return direct(p.allowedHours!)
                case .noContactAtWork: return .bool(p.noContactAtWork)
                case .employerForbidsContact: return .bool(p.employerForbidsContact)
                case .notes: return .string(p.notes!)
                }
            }
        }
        var map = SelectedMap(selection, capacity: 8)
        try map.put(.allowed_media, p.allowedMedia)
        try map.put(.forbidden_media, p.forbiddenMedia)
        try map.put(.phone, p.phone)
        try map.put(.email, p.email)
        try map.put(.allowed_hours, p.allowedHours)
        try map.put(.no_contact_at_work, p.noContactAtWork)
        try map.put(.employer_forbids_contact, p.employerForbidsContact)
        try map.put(.notes, p.notes)
        return .map(map.values)
    }

    private enum ContactPreferencesField {
        case allowedMedia, forbiddenMedia, phone, email, allowedHours, noContactAtWork, employerForbidsContact, notes
    }
    private static let contactPreferencesKeys = KeyTable<ContactPreferencesField>(
        required: ["allowed_media": .allowedMedia, "forbidden_media": .forbiddenMedia, "no_contact_at_work": .noContactAtWork,
                   "employer_forbids_contact": .employerForbidsContact],
        optional: ["phone": .phone, "email": .email, "allowed_hours": .allowedHours, "notes": .notes])

    static func direct(_ j: Judgment, _ selection: ContextSelection) throws -> TemplateValue {
        guard !selection.isWhole else {
            return judgmentKeys.map(present: (j.county == nil ? 0 : 1) | (j.interestRate == nil ? 0 : 2)) { field in
                switch field {
                case .court: return .string(j.court)
                case .county: return .string(j.county!)
                case .caseNumber: return .string(j.caseNumber)
                case .date: return .date(year: j.date.year, month: j.date.month, day: j.date.day)
                case .amount: return .money(cents: j.amount.cents)
                case .interestRate: return .string(j.interestRate!.description)
                }
            }
        }
        var map = SelectedMap(selection, capacity: 6)
        try map.put(.court, j.court)
        try map.put(.county, j.county)
        try map.put(.case_number, j.caseNumber)
        try map.put(.date, j.date)
        try map.put(.amount, j.amount)
        try map.put(.interest_rate, j.interestRate)
        return .map(map.values)
    }

    private enum JudgmentField { case court, county, caseNumber, date, amount, interestRate }
    private static let judgmentKeys = KeyTable<JudgmentField>(
        required: ["court": .court, "case_number": .caseNumber, "date": .date, "amount": .amount],
        optional: ["county": .county, "interest_rate": .interestRate])

    static func direct(_ s: Sale, _ selection: ContextSelection) throws -> TemplateValue {
        var map = SelectedMap(selection, capacity: 7)
        try map.put(.type, s.type)
        try map.put(.date, s.date)
        try map.put(.price, s.price)
        try map.put(.fair_market_value, s.fairMarketValue)
        try map.put(.costs, s.costs)
        try map.put(.deed_delivered_on, s.deedDeliveredOn)
        try map.put(.confirmed_on, s.confirmedOn)
        try map.put(.repossessed_on, s.repossessedOn)
        try map.put(.disposition, s.disposition)
        try map.put(.disposition_notice_sent_on, s.dispositionNoticeSentOn)
        try map.put(.disposition_notice_received, s.dispositionNoticeReceived)
        try map.put(.buyer, s.buyer)
        try map.put(.certificate_of_title_on, s.certificateOfTitleOn)
        return .map(map.values)
    }

    static func direct(_ a: CaseAnalysis, _ selection: ContextSelection) throws -> TemplateValue {
        var map = SelectedMap(selection, capacity: 13)
        try map.put(.as_of, a.asOf)
        try map.put(.home_state, a.homeState)
        try map.put(.property_state, a.propertyState)
        try map.put(.findings, a.findings)
        try map.put(.deficiency, a.deficiency)
        try map.put(.deadlines, a.deadlines)
        try map.put(.garnishments, a.garnishments)
        try map.put(.levies, a.levies)
        try map.put(.exemption_claims, a.exemptionClaims)
        try map.put(.fdcpa, a.fdcpa)
        try map.put(.missing, a.missing)
        try map.put(.timeline, a.timeline)
        try map.put(.protection, a.protection)
        try map.put(.claims, a.claims)
        try map.put(.information, a.information)
        return .map(map.values)
    }

    static func direct(_ d: CaseAnalysis.Deficiency, _ selection: ContextSelection) throws -> TemplateValue {
        var map = SelectedMap(selection, capacity: 25)
        try map.put(.regime, d.regime)
        try map.put(.jurisdiction, d.jurisdiction)
        try map.put(.status, d.status)
        try map.put(.summary, d.summary)
        try map.put(.open_questions, d.openQuestions)
        try map.put(.sale_type, d.saleType)
        try map.put(.sale_date, d.saleDate)
        try map.put(.sale_price, d.salePrice)
        try map.put(.fair_market_value, d.fairMarketValue)
        try map.put(.balance_claimed, d.balanceClaimed)
        try map.put(.lines, d.lines)
        try map.put(.total_owed, d.totalOwed)
        try map.put(.sale_credit, d.saleCredit)
        try map.put(.total, d.total)
        try map.put(.creditor_figure, d.creditorFigure)
        try map.put(.creditor_lines, d.creditorLines)
        try map.put(.surplus, d.surplus)
        try map.put(.measure, d.measure)
        try map.put(.citation, d.citation)
        try map.put(.citations, d.citations)
        try map.put(.confidence, d.confidence)
        try map.put(.missing, d.missing)
        try map.put(.sale_surplus, d.saleSurplus)
        try map.put(.sale_surplus_sentence, d.saleSurplusSentence)
        try map.put(.claimed_difference, d.claimedDifference)
        try map.put(.claimed_difference_after_sale, d.claimedDifferenceAfterSale)
        try map.put(.claimed_difference_sentence, d.claimedDifferenceSentence)
        try map.put(.judgment_difference, d.judgmentDifference)
        try map.put(.judgment_difference_sentence, d.judgmentDifferenceSentence)
        return .map(map.values)
    }
}

extension Node {
    /// The deficiency's figures under the names `CaseAnalysis.Deficiency` encodes them with, so
    /// that they read as `analysis.deficiency.total` whichever way they were computed.
    static func direct(_ f: CaseAnalysis.Deficiency.Figures, _ selection: ContextSelection) throws -> TemplateValue {
        var map = SelectedMap(selection, capacity: 2)
        try map.put(.total_owed, f.totalOwed)
        try map.put(.sale_credit, f.saleCredit)
        try map.put(.total, f.total)
        try map.put(.surplus, f.surplus)
        try map.put(.measure, f.measure)
        try map.put(.sale_surplus, f.saleSurplus)
        try map.put(.claimed_difference, f.claimedDifference)
        try map.put(.claimed_difference_after_sale, f.claimedDifferenceAfterSale)
        try map.put(.judgment_difference, f.judgmentDifference)
        return .map(map.values)
    }
}

/// A map of the selected fields of one value: an absent optional or an unselected field is left
/// out, as the keyed container leaves them out.
struct SelectedMap {
    private let selection: ContextSelection
    private(set) var values: [String: TemplateValue]

    init(_ selection: ContextSelection, capacity: Int) {
        self.selection = selection
        values = [String: TemplateValue](minimumCapacity: capacity)
    }

    /// Adds `key` when it is selected and `value` is present. The selection beneath the key is
    /// looked up only for a value whose encoding reads it (a case part, not an amount or a name).
    mutating func put<T: Encodable>(_ key: ContextKey, _ value: T?) throws {
        guard let value, selection.contains(key) else { return }
        let inner = Node.isBuiltWhole(T.self) ? ContextSelection.everything : selection.field(key)!
        values[key.name] = try Node.value(of: value, inner)
    }
}
