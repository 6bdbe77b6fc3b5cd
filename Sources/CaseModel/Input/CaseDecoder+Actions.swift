/// Reads contacts and collection actions.
extension CaseDecoder {
    mutating func readContact(_ r: ObjectReader) -> Contact? {
        let date = date(r, "date")
        let method: ContactMethod? = choice(r, "method")
        let by = partyReference(r, "by")
        let summary = text(r, "summary")
        let time = time(r, "time")
        let threatened = list(r, "threatened") { decoder, node, path -> ThreatKind? in decoder.choiceItem(node, path.description) }
        guard let date, let method else { return nil }
        return Contact(date: date, method: method, by: by, summary: summary, time: time, threatened: threatened)
    }

    mutating func readActions(_ r: ObjectReader) -> CollectionActions {
        CollectionActions(
            garnishments: list(r, "garnishments") { $0.objectItem($1, $2, "Garnishment") { $0.readGarnishment($1) } },
            levies: list(r, "levies") { $0.objectItem($1, $2, "BankLevy") { $0.readLevy($1) } },
            liens: list(r, "liens") { $0.objectItem($1, $2, "Lien") { $0.readLien($1) } })
    }

    mutating func readGarnishment(_ r: ObjectReader) -> Garnishment? {
        let employer = text(r, "employer")
        let period: PayPeriod? = choice(r, "pay_period")
        let gross = money(r, "gross_earnings")
        let disposable = money(r, "disposable_earnings")
        let withheld = money(r, "amount_withheld")
        let first = date(r, "first_withheld")
        let served = date(r, "served_on")
        let county = text(r, "work_county")
        guard let employer, let period, let gross, let disposable, let withheld else { return nil }
        return Garnishment(
            employer: employer, payPeriod: period, grossEarnings: gross,
            disposableEarnings: disposable, amountWithheld: withheld, firstWithheld: first, servedOn: served,
            workCounty: county)
    }

    mutating func readLevy(_ r: ObjectReader) -> BankLevy? {
        let bank = text(r, "bank")
        let last4 = last4(r, "account_last4")
        let balance = money(r, "balance")
        let frozenOn = date(r, "frozen_on")
        let deposits = list(r, "deposits") { $0.objectItem($1, $2, "Deposit") { $0.readDeposit($1) } }
        let servedOn = date(r, "notice_served_on")
        let service: LevyNoticeService? = choice(r, "notice_service")
        let reviewedOn = date(r, "reviewed_on")
        guard let bank, let balance else { return nil }
        return BankLevy(
            bank: bank, accountLast4: last4, balance: balance, frozenOn: frozenOn, deposits: deposits,
            noticeServedOn: servedOn, noticeService: service, reviewedOn: reviewedOn)
    }

    mutating func readDeposit(_ r: ObjectReader) -> Deposit? {
        let date = date(r, "date")
        let amount = money(r, "amount")
        let source: IncomeSource? = choice(r, "source")
        let direct = bool(r, "direct_deposit")
        guard let date, let amount, let source else { return nil }
        return Deposit(date: date, amount: amount, source: source, directDeposit: direct ?? false)
    }

    mutating func readLien(_ r: ObjectReader) -> Lien? {
        let property = text(r, "property")
        let recorded = date(r, "recorded_on")
        let amount = money(r, "amount")
        guard let property, let recorded else { return nil }
        return Lien(property: property, recordedOn: recorded, amount: amount)
    }
}
