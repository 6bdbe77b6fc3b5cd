/// Checks a well-formed case for data that is legal but suspicious, as warnings with paths.
///
/// The date to compare against comes in as `asOf`: the library never reads the clock.
struct CaseChecks {
    /// The day the case is being looked at.
    let asOf: CalendarDate

    /// Every warning for `c`.
    func warnings(for c: Case) -> [CaseDiagnostic] {
        var found: [CaseDiagnostic] = []
        found += dates(c)
        found += amounts(c)
        found += consistency(c)
        found += contactPreferences(c)
        return found
    }

    /// A warning when `date` is after `asOf`. The path is built only then: it names a list item
    /// (`contacts[2].date`) for every contact and deposit of every case.
    private func future(_ date: CalendarDate?, _ path: @autoclosure () -> String, _ what: String) -> CaseDiagnostic? {
        guard let date, date > asOf else { return nil }
        return .warning(
            path(), "\(what) \(date) is after \(asOf), the date the case is being checked",
            hint: "check the year")
    }

    private func dates(_ c: Case) -> [CaseDiagnostic] {
        // Warnings only, appended as found: a list of every check's optional answer, compacted
        // afterwards, was two arrays for every case read (callgrind).
        var found: [CaseDiagnostic] = []
        func add(_ warning: CaseDiagnostic?) {
            if let warning { found.append(warning) }
        }
        add(future(c.sale?.date, "sale.date", "the sale date"))
        add(future(c.judgment?.date, "judgment.date", "the judgment date"))
        add(future(c.validationNoticeReceived, "validation_notice_received", "the validation notice date"))
        add(future(c.debt?.lastPaymentOn, "debt.last_payment_on", "the last payment date"))
        for (i, contact) in c.contacts.enumerated() {
            add(future(contact.date, "contacts[\(i)].date", "the contact date"))
        }
        for (i, levy) in c.actions.levies.enumerated() {
            add(future(levy.frozenOn, "actions.levies[\(i)].frozen_on", "the freeze date"))
            for (j, deposit) in levy.deposits.enumerated() {
                add(future(deposit.date, "actions.levies[\(i)].deposits[\(j)].date", "the deposit date"))
                if let frozen = levy.frozenOn, deposit.date > frozen {
                    found.append(
                        .warning(
                            "actions.levies[\(i)].deposits[\(j)].date",
                            "the deposit of \(deposit.date) came after the account was frozen on \(frozen)",
                            hint: "list the deposits before the freeze"))
                }
            }
        }
        // The first contact's date alone, without copying the contact (`firstContact`) to read it.
        if let notice = c.validationNoticeReceived, let first = c.contacts.lazy.map(\.date).min(), notice < first {
            found.append(
                .warning(
                    "validation_notice_received",
                    "the validation notice (\(notice)) arrived before the first contact (\(first))",
                    hint: "the notice usually comes with or after the first contact; add that contact"))
        }
        if let sale = c.sale, let deed = sale.deedDeliveredOn, deed < sale.date {
            found.append(.warning("sale.deed_delivered_on", "the deed was delivered before the sale date \(sale.date)"))
        }
        if let sale = c.sale, let title = sale.certificateOfTitleOn, title < sale.date {
            found.append(.warning("sale.certificate_of_title_on", "the certificate of title is dated before the sale date \(sale.date)"))
        }
        if let sale = c.sale, let repossessed = sale.repossessedOn, repossessed > sale.date {
            found.append(.warning("sale.repossessed_on", "the repossession date is after the sale date \(sale.date)"))
        }
        if let sale = c.sale, let notice = sale.dispositionNoticeSentOn, notice > sale.date {
            found.append(
                .warning(
                    "sale.disposition_notice_sent_on", "the notice of disposition is dated after the sale date \(sale.date)",
                    hint: "a notice sent after the sale is no notice of the sale; check the date"))
        }
        if let period = c.validationPeriodEndsOn, let notice = c.validationNoticeReceived, period < notice {
            found.append(.warning("validation_period_ends_on", "the dispute period ends before the notice arrived (\(notice))"))
        }
        return found
    }

    private func amounts(_ c: Case) -> [CaseDiagnostic] {
        var found: [CaseDiagnostic] = []
        if let sale = c.sale, let balance = c.debt?.balanceClaimed, sale.price > balance {
            found.append(
                .warning(
                    "sale.price", "the sale price \(sale.price) is more than the balance claimed \(balance)",
                    hint:
                        "if the balance claimed is what the collector says remains after the sale, give the debt before the sale as debt.principal and debt.interest; if it is the debt before the sale, the sale left a surplus"
                ))
        }
        if let debt = c.debt, let principal = debt.principal, let balance = debt.balanceClaimed,
            principal + (debt.interest ?? .zero) > balance
        {
            found.append(
                .warning(
                    "debt.balance_claimed",
                    "the balance claimed \(balance) is less than principal plus interest",
                    hint: "check whether payments or a sale were already credited"))
        }
        for (i, g) in c.actions.garnishments.enumerated() {
            let path = "actions.garnishments[\(i)]"
            if g.disposableEarnings > g.grossEarnings {
                found.append(.warning(path + ".disposable_earnings", "disposable earnings are more than gross earnings"))
            }
            if g.amountWithheld > g.disposableEarnings {
                found.append(.warning(path + ".amount_withheld", "more is withheld than the disposable earnings"))
            }
        }
        return found
    }

    private func consistency(_ c: Case) -> [CaseDiagnostic] {
        var found: [CaseDiagnostic] = []
        if let sale = c.sale, let loan = c.debt?.loanType {
            if sale.type == .repossession, loan.isRealProperty {
                found.append(
                    .warning(
                        "sale.type", "a repossession sale for a \(loan.rawValue) loan",
                        hint: "homes are sold by judicial or nonjudicial foreclosure"))
            } else if sale.type != .repossession, loan == .vehicle {
                found.append(
                    .warning(
                        "sale.type", "a \(sale.type.rawValue) foreclosure for a vehicle loan",
                        hint: "vehicles are repossessed and sold: use repossession"))
            }
        }
        if c.sale != nil, c.debt?.loanType?.isRealProperty == true, c.debt?.propertyState == nil {
            found.append(.warning("debt.property_state", "missing; the deficiency rules depend on the property's state"))
        }
        for (i, contact) in c.contacts.enumerated() {
            if case .role(let role)? = contact.by, !c.hasParty(role) {
                found.append(.warning("contacts[\(i)].by", "refers to \(role.rawValue), but the case has no \(role.rawValue)"))
            } else if case .named(let name)? = contact.by,
                let guess = Suggestion.closest(to: name, in: PartyReference.Role.allCases.map(\.rawValue))
            {
                found.append(.warning("contacts[\(i)].by", "\"\(name)\" is not a party of the case; did you mean \(guess)?"))
            }
        }
        for (i, asset) in c.assets.enumerated() where asset.retirementType != nil && asset.kind != .retirementAccount {
            found.append(.warning("assets[\(i)].retirement_type", "set on an asset that is not a retirement_account"))
        }
        return found
    }
}

private extension Case {
    /// Whether the case names the party in `role`; `party(_:) == nil` without copying the party
    /// (its strings and address), which this check did for every contact of every case.
    func hasParty(_ role: PartyReference.Role) -> Bool {
        switch role {
        case .originalCreditor: return Case.holdsValue(originalCreditor)
        case .currentCreditor: return Case.holdsValue(currentCreditor)
        case .collector: return Case.holdsValue(collector)
        case .collectionAttorney: return Case.holdsValue(collectionAttorney)
        }
    }

    /// `party != nil` by the optional's case alone: the generic `!=` took the party by value and
    /// copied it, strings and address, for every contact checked (callgrind).
    private static func holdsValue(_ party: borrowing Party?) -> Bool {
        switch party {
        case .some: return true
        case .none: return false
        }
    }
}
