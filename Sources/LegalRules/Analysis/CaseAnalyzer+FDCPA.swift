import CaseModel

extension CaseAnalyzer {
    /// Who is contacting the debtor and whether each is likely a debt collector, then the validation window.
    static func fdcpa(_ theCase: Case, in state: Jurisdiction, asOf: CalendarDate, language: AnalysisLanguage) -> Analysed<CaseAnalysis.FDCPA> {
        let references = contactingParties(theCase)
        var parties: [CaseAnalysis.FDCPA.ContactingPartyStatus] = []
        parties.reserveCapacity(references.count)
        var findings: [Finding] = []
        findings.reserveCapacity(2 * references.count + 3)
        for reference in references {
            let kind = contactingKind(reference, in: theCase)
            if kind == .debtBuyer, case .role(let role) = reference, role != .currentCreditor,
                let name = theCase.party(reference)?.name, !findings.contains(where: { $0.id == "fdcpa.debt_buyer_one_party" })
            {
                findings.append(
                    Finding(
                        id: "fdcpa.debt_buyer_one_party", topic: .fdcpa,
                        sentence: Phrase.claim(.debtBuyerOneParty(name: name)).text(in: language),
                        citations: [Citation("15 U.S.C. § 1692a(6)"), Citation("Henson v. Santander Consumer USA, 582 U.S. 79 (2017)")],
                        confidence: .secondary))
            }
            let found = DebtCollectorStatus.findings(for: kind, jurisdiction: state, language: language)
            for f in found where !findings.contains(f) { findings.append(f) }
            let role: String
            let name: String?
            switch reference {
            case .role(let r): role = r.rawValue; name = theCase.party(reference)?.name
            case .named(let n): role = n; name = n
            }
            let stateLaw = found.dropFirst().first
            parties.append(
                .init(
                    role: role, name: name, kind: kind, sentence: found[0].sentence,
                    stateLaw: stateLaw?.sentence, stateLawCitation: stateLaw?.citations.joinedText,
                    stateLawConfidence: stateLaw?.confidence, citation: found[0].citations.joinedText,
                    confidence: found[0].confidence))
        }
        var missing: [String] = []
        let collectorStatus: String
        if let first = parties.first {
            collectorStatus = first.name.map { .sentence("\($0): \(first.sentence)") } ?? first.sentence
        } else {
            let unknown = DebtCollectorStatus.findings(for: .unknown, jurisdiction: state, language: language)
            findings += unknown
            collectorStatus = unknown[0].sentence
        }
        let window = ValidationWindow(
            noticeReceived: theCase.validationNoticeReceived, noticeEndDate: theCase.validationPeriodEndsOn,
            asOf: asOf, language: language)
        findings.append(window.finding)
        if theCase.validationNoticeReceived == nil { missing.append("validation_notice_received") }
        let status = CaseAnalysis.FDCPA.ValidationWindowStatus(
            open: window.isOpen, received: theCase.validationNoticeReceived, ends: window.endDate,
            daysRemaining: window.endDate.map { asOf.days(until: $0) }, estimated: !window.fromNotice,
            sentence: window.finding.sentence, citation: ValidationWindow.citationText, confidence: window.finding.confidence)
        let section = CaseAnalysis.FDCPA(
            jurisdiction: state, collectorStatus: collectorStatus, parties: parties, validationWindow: status,
            recipient: recipient(theCase, in: state, language: language))
        return Analysed(section: section, findings: findings, missing: missing)
    }

    /// The party letters go to (`Case.collectingParty`), with the verdict its line in `parties` has
    /// (both come from `contactingKind`) and the state's collection law where it reaches the party.
    static func recipient(_ theCase: Case, in state: Jurisdiction, language: AnalysisLanguage) -> CaseAnalysis.FDCPA.Recipient? {
        guard let role = theCase.collectingParty else { return nil }
        let reference = PartyReference.role(role)
        let kind = contactingKind(reference, in: theCase)
        let covered = DebtCollectorStatus.findings(for: kind, jurisdiction: state, language: language)
            .contains { $0.id == "rosenthal.covered" || $0.id == "state_collection_law.covered" }
        // A letter names the law only by its statutes (a "§" citation), never by a web page about it.
        let rule = StateCollectionLawRule.rule(for: state)
        let statutes = rule.citations.filter { $0.text.contains("§") }
        let named = covered && !statutes.isEmpty
        return CaseAnalysis.FDCPA.Recipient(
            role: role.rawValue, name: theCase.party(reference)?.name, kind: kind, debtCollector: CollectorVerdict(kind),
            stateLaw: named ? rule.lawName : nil, stateLawCitation: named ? statutes.joinedText : nil,
            stateName: named ? (language == .spanish ? Spanish.name(state) : state.name) : nil)
    }

    /// The parties that contacted the debtor, in order of first contact; without recorded contacts,
    /// the collector and the collection attorney the case names.
    static func contactingParties(_ theCase: Case) -> [PartyReference] {
        var seen: [PartyReference] = []
        // Positions sorted rather than the contacts themselves (same order, no copies of their text),
        // and only when the file does not already list them by date, as it usually does.
        let contacts = theCase.contacts
        var byDate = Array(contacts.indices)
        if zip(byDate, byDate.dropFirst()).contains(where: { contacts[$1].date < contacts[$0].date }) {
            byDate.sort { contacts[$0].date < contacts[$1].date }
        }
        for i in byDate {
            if let by = contacts[i].by, !seen.contains(by) { seen.append(by) }
        }
        if seen.isEmpty {
            if theCase.collector != nil { seen.append(.role(.collector)) }
            if theCase.collectionAttorney != nil { seen.append(.role(.collectionAttorney)) }
        }
        // A debt buyer that owns the debt now has its own line even when others made the contacts.
        let owner = PartyReference.role(.currentCreditor)
        if !seen.contains(owner), contactingKind(owner, in: theCase) == .debtBuyer { seen.append(owner) }
        // One party in two roles (a debt buyer collecting its own debt) is listed once, under its first role.
        var names: [String] = []
        return seen.filter { reference in
            guard case .role = reference, let name = theCase.party(reference)?.name else { return true }
            if names.contains(name) { return false }
            names.append(name)
            return true
        }
    }

    /// What kind of party a contact came from, for the FDCPA.
    ///
    /// The current creditor counts as a debt buyer only when the case names a different original
    /// creditor; with no original creditor on file, its status is unknown.
    static func contactingKind(_ reference: PartyReference, in theCase: Case) -> ContactingParty {
        guard case .role(let role) = reference else { return .unknown }
        switch role {
        case .collector:
            // A collector that owns the debt is the current creditor in a second role, with its one
            // verdict; a collector that is the original lender, with no one else owning the debt, too.
            guard let name = theCase.collector?.name else { return .collectionAgency }
            if name == theCase.currentCreditor?.name { return contactingKind(.role(.currentCreditor), in: theCase) }
            if name == theCase.originalCreditor?.name, theCase.currentCreditor == nil { return .originalCreditor }
            return .collectionAgency
        case .collectionAttorney: return .collectionLawFirm
        case .originalCreditor: return .originalCreditor
        case .currentCreditor:
            // Only the names: binding the whole parties copied every field of both.
            guard let current = theCase.currentCreditor?.name, let original = theCase.originalCreditor?.name else { return .unknown }
            return current == original ? .originalCreditor : .debtBuyer
        }
    }
}
