import CaseModel

extension CaseAnalyzer {
    static let fdcpaLimit = Citation("15 U.S.C. § 1692k(d)")

    /// Possible claims and defences: FDCPA conduct in the contact log (each with its one-year limit),
    /// the notice of disposition and UCC 9-625(c)(2) minimum damages for a consumer-goods
    /// repossession, a surplus owed, and the credit-reporting dispute route.
    static func possibleClaims(_ theCase: Case, asOf: CalendarDate, language: AnalysisLanguage) -> [Finding] {
        var out = contactClaims(theCase, asOf: asOf, language: language)
        if let sale = theCase.sale, isRepossession(theCase.debt, sale: sale) {
            out += dispositionClaims(theCase, sale: sale, language: language).map { UCCEnactment.finding($0, in: uccState(theCase)) }
        }
        if let sale = theCase.sale, let surplus = surplus(theCase, sale: sale) {
            out.append(
                UCCEnactment.finding(
                    Finding(
                        id: "claim.surplus", topic: .claim, sentence: Phrase.claim(.surplusOwed(surplus: surplus)).text(in: language),
                        figures: [.money("Surplus", surplus)],
                        citations: [
                            Citation(isRepossession(theCase.debt, sale: sale) ? "UCC § 9-615(d)(1)" : "the state's foreclosure statute on surplus proceeds")
                        ],
                        confidence: isRepossession(theCase.debt, sale: sale) ? .secondary : .unknown),
                    in: isRepossession(theCase.debt, sale: sale) ? uccState(theCase) : nil))
        }
        if theCase.debt != nil {
            out.append(
                Finding(
                    id: "claim.credit_reporting", topic: .claim, sentence: Phrase.claim(.creditReporting).text(in: language),
                    citations: [Citation("15 U.S.C. § 1681i(a)"), Citation("15 U.S.C. § 1681s-2(b)")], confidence: .secondary))
        }
        return out
    }

    /// The sale price above the itemised total owed (costs included), when the case itemises.
    static func surplus(_ theCase: Case, sale: Sale) -> Money? {
        // From the balance claimed alone the figure may be what remains after the sale: no surplus follows.
        guard theCase.debt?.principal != nil, let lines = chargeLines(debt: theCase.debt, sale: sale, language: .english).lines else { return nil }
        let owed = lines.reduce(Money.zero) { $0 + $1.amount }
        return sale.price > owed ? sale.price - owed : nil
    }

    /// One finding per contact that breaks a rule, with the one-year limit counted from it.
    static func contactClaims(_ theCase: Case, asOf: CalendarDate, language: AnalysisLanguage) -> [Finding] {
        var out: [Finding] = []
        let contacts = theCase.contacts.enumerated().sorted { $0.element.date < $1.element.date }
        for (index, contact) in contacts {
            let who = contactName(contact, in: theCase, language: language)
            let debtor = theCase.debtor.name
            let collector = isLikelyCollector(contact, in: theCase)
            var found: [(String, ClaimPhrase, [Citation], Confidence?)] = []
            if let time = contact.time, contact.method != .letter, time < TimeOfDay(hour: 8)! || time > TimeOfDay(hour: 21)! {
                found.append(
                    (
                        "claim.fdcpa.inconvenient_time", .callOutsideHours(date: contact.date, time: time, who: who, debtor: debtor),
                        [Citation("15 U.S.C. § 1692c(a)(1)")], nil
                    ))
            }
            if let cease = theCase.ceaseLetterReceivedOn, contact.date > cease {
                found.append(
                    (
                        "claim.fdcpa.after_cease", .contactAfterCease(date: contact.date, cease: cease, who: who, debtor: debtor),
                        [Citation("15 U.S.C. § 1692c(c)")], nil
                    ))
            }
            if let notified = theCase.attorneyNotifiedOn, contact.date > notified, contact.method != .letter || theCase.debtorAttorney != nil {
                found.append(
                    (
                        "claim.fdcpa.represented", .contactWhileRepresented(date: contact.date, notified: notified, who: who, debtor: debtor),
                        [Citation("15 U.S.C. § 1692c(a)(2)")], nil
                    )
                )
            }
            let judged = theCase.judgment.map { $0.date <= contact.date } ?? false
            // Where the home state bars wage garnishment for consumer debt (Texas: Tex. Const. art. XVI
            // § 28), a threat to take wages is of action that cannot be taken even after a judgment.
            let wageRule = StateWageGarnishmentRule.rule(for: theCase.debtor.address.state)
            for threat in contact.threatened {
                switch threat {
                case .wageGarnishment where wageRule.kind == .barredForConsumerDebt:
                    found.append(
                        (
                            "claim.fdcpa.threat", .wageThreatBarred(date: contact.date, who: who, state: wageRule.jurisdiction),
                            [Citation("15 U.S.C. § 1692e(5)"), wageRule.citations[0]], min(wageRule.confidence, .statute)
                        ))
                case .wageGarnishment, .bankLevy, .propertySeizure:
                    guard !judged else { continue }
                    found.append(
                        (
                            "claim.fdcpa.threat", .threatBeforeJudgment(date: contact.date, threat: threat, who: who), [Citation("15 U.S.C. § 1692e(4), (5)")],
                            nil
                        ))
                case .arrest:
                    found.append(("claim.fdcpa.threat_arrest", .threatOfArrest(date: contact.date, who: who), [Citation("15 U.S.C. § 1692e(4), (5)")], nil))
                default:
                    break
                }
            }
            for (id, phrase, citations, grade) in found {
                let limit = contact.date.adding(years: 1)
                var sentence = phrase.text(in: language) + " " + ClaimPhrase.oneYearLimit(date: limit, passed: limit < asOf).text(in: language)
                if !collector { sentence += " " + ClaimPhrase.creditorNotCollector.text(in: language) }
                var figures: [Figure] = [.date("Contact", contact.date), .date("One-year limit", limit)]
                if limit >= asOf { figures.append(.number("Days remaining", asOf.days(until: limit))) }
                out.append(
                    Finding(
                        id: "\(id).\(index + 1)", topic: .claim, sentence: sentence, figures: figures,
                        citations: citations + [fdcpaLimit], confidence: min(grade ?? .statute, collector ? .statute : .secondary)))
            }
        }
        return out
    }

    /// The state whose enactment of UCC Article 9 governs a repossession: where the collateral is
    /// (`debt.property_state`), else the debtor's home state.
    static func uccState(_ theCase: Case) -> Jurisdiction {
        theCase.debt?.propertyState ?? theCase.debt?.propertyAddress?.state ?? theCase.debtor.address.state
    }

    /// The party's name for a contact, or "The collector" when the file names none.
    static func contactName(_ contact: Contact, in theCase: Case, language: AnalysisLanguage) -> String {
        if let by = contact.by {
            if case .named(let name) = by { return name }
            if let party = theCase.party(by) { return party.name }
        }
        return language == .spanish ? "El cobrador" : "The collector"
    }

    /// Whether the contact's maker is likely an FDCPA debt collector (a third party, or a debt buyer).
    static func isLikelyCollector(_ contact: Contact, in theCase: Case) -> Bool {
        guard let by = contact.by else { return true }
        switch contactingKind(by, in: theCase) {
        case .originalCreditor, .servicerBeforeDefault: return false
        default: return true
        }
    }

    /// The notice of disposition and the minimum damages of UCC 9-625(c)(2).
    static func dispositionClaims(_ theCase: Case, sale: Sale, language: AnalysisLanguage) -> [Finding] {
        var out: [Finding] = []
        let noticeCitations = [Citation("UCC § 9-611(b), (c)"), Citation("UCC § 9-612"), Citation("UCC § 9-613"), Citation("UCC § 9-614")]
        var problem = true
        if sale.dispositionNoticeReceived == false, sale.dispositionNoticeSentOn == nil {
            out.append(
                Finding(
                    id: "claim.ucc.notice_missing", topic: .claim, sentence: Phrase.claim(.noticeMissing(sale: sale.date)).text(in: language),
                    citations: noticeCitations, confidence: .secondary))
        } else if let sent = sale.dispositionNoticeSentOn, sent.days(until: sale.date) < 10 {
            let days = max(0, sent.days(until: sale.date))
            out.append(
                Finding(
                    id: "claim.ucc.notice_late", topic: .claim, sentence: Phrase.claim(.noticeLate(sent: sent, sale: sale.date, days: days)).text(in: language),
                    figures: [.date("Notice dated", sent), .date("Sale", sale.date), .number("Days between", days)],
                    citations: noticeCitations, confidence: .secondary))
        } else if sale.dispositionNoticeReceived == nil, sale.dispositionNoticeSentOn == nil {
            out.append(
                Finding(
                    id: "claim.ucc.notice_unknown", topic: .claim, sentence: Phrase.claim(.noticeUnknown).text(in: language),
                    citations: noticeCitations, confidence: .secondary))
        } else {
            problem = false
        }
        guard problem else { return out }
        let damagesCitation = [Citation("UCC § 9-625(c)(2)")]
        if let charge = theCase.debt?.financeCharge, let base = theCase.debt?.cashPrice ?? theCase.debt?.originalAmount {
            let basis: ClaimPhrase.DamagesBasis = theCase.debt?.cashPrice != nil ? .cashPrice : .principal
            let tenth = base.percent(10)
            let total = charge + tenth
            out.append(
                Finding(
                    id: "claim.ucc.minimum_damages", topic: .claim,
                    sentence: Phrase.claim(.minimumDamages(charge: charge, base: base, basis: basis, total: total)).text(in: language),
                    figures: [
                        .money("Finance charge", charge), .money(basis == .principal ? "Principal amount" : "Cash price", base),
                        .money("10 %", tenth), .money("Minimum damages", total),
                    ],
                    citations: damagesCitation, confidence: .secondary))
        } else {
            out.append(
                Finding(
                    id: "claim.ucc.minimum_damages", topic: .claim, sentence: Phrase.claim(.minimumDamagesNeedsFacts).text(in: language),
                    citations: damagesCitation, confidence: .secondary))
        }
        return out
    }
}

extension Money {
    /// `percent` % of the amount, rounded half up to the cent.
    func percent(_ percent: Int) -> Money {
        Money(cents: (cents * percent + (cents >= 0 ? 50 : -50)) / 100)
    }
}
