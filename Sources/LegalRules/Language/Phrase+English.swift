import CaseModel

extension Phrase {
    /// The English sentence: the wording the rules were checked in, and the source of every translation.
    var english: String {
        switch self {
        case .barred(let j, let explanation):
            return .sentence("In \(j.name), no deficiency judgment is allowed here: \(explanation)")
        case .allowed(let j, let explanation):
            return .sentence("In \(j.name), a deficiency may be sought: \(explanation)")
        case .otherwise(let j, let allowed, let explanation):
            let lead = allowed ? "Otherwise a deficiency may be sought" : "Otherwise the rule is not confirmed"
            return .sentence("In \(j.name): \(lead): \(explanation)")
        case .verdictUnknown(let j):
            return .sentence("Whether \(j.name) allows a deficiency in this situation is not confirmed; check the statute or ask a lawyer.")
        case .mayBeBarred(let j, let explanation, let question):
            let ask = question.map { " Question to answer: \($0)" } ?? " It depends on facts the case file does not give (sale type or owner occupancy)."
            return .sentence("A deficiency may be barred in \(j.name): \(explanation)\(ask)")
        case .alsoBarred(let j, let certain, let explanation, let question):
            let ask = certain ? "" : question.map { " Question to answer: \($0)" } ?? ""
            return .sentence("\(certain ? "Another bar also applies" : "Another bar may also apply") in \(j.name): \(explanation)\(ask)")
        case .ruleUnknown(let needed):
            return .sentence(
                "Whether a deficiency is allowed cannot be decided without \(needed.joined(separator: " and ")): anti-deficiency rules depend on the property's state and the kind of loan."
            )
        case .deadlineNotConfirmed(let sale, let j):
            return .sentence(
                "No deadline for the lender to seek a deficiency after a \(sale.rawValue) sale in \(j.name) is confirmed here; check the statute or ask a lawyer."
            )
        case .generalLimitation(let sale, let j, let period):
            return .sentence(
                "No special deadline was found for the lender to seek a deficiency after a \(sale.rawValue) sale in \(j.name); the general limitations period of \(period.years) years for \(period.basis) applies, counted from when the claim on the debt arose (a missed payment or acceleration), not from the sale."
            )
        case .amount(let owed, let credits, let deficiency):
            return .sentence("The \(owed) owed less credits of \(credits) leaves a deficiency of \(deficiency).")
        case .surplus(let owed, let credits, let surplus):
            return .sentence("The credits of \(credits) exceed the \(owed) owed, so there is no deficiency; the surplus is \(surplus).")
        case .fairValueApplied(let fmv, let price):
            return .sentence(
                "The fair market value of \(fmv) is credited instead of the lower sale price of \(price), which reduces the deficiency by \(fmv - price).")
        case .fairValueNeeded:
            return
                "The state measures the deficiency against fair market value, but no value was given; with an appraisal above the sale price the deficiency would be smaller."
        case .fairValueMustBeRaised(let j, let explanation):
            return .sentence("In \(j.name) the fair-value credit is not automatic: \(explanation)")
        case .fairValueMayApply(let j, let conditions, let explanation, let deficiency):
            let when = conditions.isEmpty ? "the sale type is confirmed" : conditions.map(\.phrase).joined(separator: " and ")
            return .sentence("If \(when), \(j.name)'s fair-value rule applies: \(explanation) The deficiency would then be \(deficiency).")
        case .amountUnknown:
            return "The case gives neither the unpaid principal nor the balance claimed, so the deficiency cannot be computed."
        case .notItemised(let claimed, let judicial):
            let basis =
                judicial
                ? " In a judicial foreclosure the debt is fixed by the foreclosure judgment, whose amount the case file does not give; the calculation uses the collector's figure in its place."
                : ""
            return .sentence(
                "The balance claimed (\(claimed)) is the collector's own figure, not a court's, and the case does not itemise principal and interest, so the calculation starts from it. Not known: whether it is the debt before the sale (only then does the result above follow) or what the collector says remains after the sale (then it is the collector's own deficiency figure, and no surplus follows from it), and whether it already includes the costs listed (if it does, they are counted twice).\(basis)"
            )
        case .claimedBalanceDiffers(let claimed, let owed, let credit, let surplus, let deficiency):
            let result = surplus.map { "leave no deficiency (a surplus of \($0))" } ?? "leave a deficiency of \(deficiency)"
            return .sentence(
                "The balance claimed, \(claimed), does not match the itemised figures: principal, interest and costs total \(owed), and after the sale credit of \(credit) they \(result). The case file does not say whether the claimed balance is before or after the sale; an itemised statement from the creditor would explain the difference."
            )
        case .notionalSurplus(let price, let owed, let byPrice):
            // A sale-price surplus has its own finding (NotePhrase.saleSurplus); only a remaining deficiency is said here.
            let tail = byPrice < .zero ? "" : " With the sale price alone (\(price)) the itemised figures against \(owed) leave \(byPrice)."
            return .sentence("The surplus above comes from crediting fair market value, which limits a deficiency but is not money paid to anyone.\(tail)")
        case .judgmentDespiteBar(let amount, let entered, let caseNumber):
            return .sentence(
                "The case records a money judgment of \(amount) entered on \(entered) (\(caseNumber)). If it is a judgment for the deficiency after this sale, the rule above says none was allowed; a lawyer can say whether it can still be challenged."
            )
        case .judgmentAfterDeadline(let entered, let deadline):
            return .sentence(
                "The case's judgment was entered on \(entered), after the \(deadline) deadline above; whether the lender acted in time depends on when it filed its motion or suit, not on when the judgment was entered."
            )
        case .lineUnpaidPrincipal: return "Unpaid principal"
        case .lineInterest: return "Interest"
        case .lineBalanceClaimed: return "Balance claimed by the collector (its figure; principal and interest not itemised)"
        case .lineTotalOwed: return "Total owed"
        case .lineLessSalePrice: return "Less sale price"
        case .lineLessFairMarketValue(let price): return "Less fair market value (greater than the sale price of \(price))"
        case .lineLess(let label): return "Less \(label)"
        case .lineSurplus: return "Surplus (no deficiency)"
        case .lineDeficiency: return "Deficiency"
        case .vehicleLead:
            return
                "A deficiency after a vehicle repossession is governed by UCC Article 9, not by the state's foreclosure rules; whether and how much is owed (UCC § 9-615) is not confirmed here, so the figures below only apply the sale price."
        case .vehicleDeadlineNotCatalogued:
            return
                "No deadline for the creditor to sue for a vehicle deficiency is catalogued here; the state's limitation period for the contract applies and was not researched."
        case .vehicleRule(let rule):
            return rule
        case .vehicleFairMarketValue(let value, let price, let surplus, let deficiency):
            let outcome = surplus.map { "there would be no deficiency (a surplus of \($0))" } ?? "the deficiency would be \(deficiency)"
            return .sentence(
                "The case gives a fair market value of \(value), \(value - price) more than the \(price) sale price. A price that low can be evidence that the sale was not commercially reasonable (UCC § 9-610), and if the buyer was the creditor or a related party, UCC § 9-615(f) may measure the deficiency by what an unrelated buyer would have paid; with the value credited, \(outcome). Section 9-615(f) was not confirmed against its text."
            )
        case .deadline(let rule, let j, let date, let days, let asOf):
            let who: String
            switch rule.party {
            case .lender: who = "the lender must \(rule.action)"
            case .enforcementEnds: who = "the lender's right to \(rule.action) ends"
            case .debtor: who = "you must \(rule.action)"
            }
            let scope = rule.condition.map { " (for \($0))" } ?? ""
            var sentence = "In \(j.name)\(scope), \(who) within \(rule.periodDescription)"
            if let date, let days {
                sentence += ": by \(date) by our count"
                sentence += days >= 0 ? ", \(days) day\(days == 1 ? "" : "s") from \(asOf)." : "; it passed on \(date)."
                if date.isWeekend {
                    sentence += " " + NotePhrase.weekend(date).english
                } else if let holiday = FederalHoliday.name(on: date) {
                    sentence += " " + NotePhrase.holiday(date, holiday).english
                }
            } else if rule.unit == .businessDays {
                sentence += "; count business days on the court's calendar."
            } else {
                sentence += "; the date of \(rule.trigger.phrase) is needed to compute it."
            }
            if let note = rule.note { sentence += " \(note)" }
            return sentence
        case .deadlineDescription(let rule):
            let scope = rule.condition.map { " (for \($0))" } ?? ""
            switch rule.party {
            case .lender: return "The lender must \(rule.action) within \(rule.periodDescription)\(scope)"
            case .enforcementEnds: return "The lender's right to \(rule.action) ends \(rule.periodDescription)\(scope)"
            case .debtor: return "You must \(rule.action) within \(rule.periodDescription)\(scope)"
            }
        case .needsField(let path): return path
        case .needsBusinessDays: return "the court's calendar (business days are not computed)"
        case .needsTrigger(let trigger): return "the date of \(trigger.phrase) (no case-file field holds it)"
        case .needsNoticeServed: return "the date the levy or garnishment notice was served on the debtor (no case-file field holds it)"
        case .needsNoticeMailed: return "the postmark date of the notice mailed to the debtor (no case-file field holds it)"
        case .federalLimit(let maximum, let period, let disposable, let floor, let multiple):
            return .sentence(
                "Federal law lets a creditor take at most \(maximum) from \(period.rawValue) disposable pay of \(disposable): the lesser of 25% and the amount above \(floor) (\(multiple) × $7.25)."
            )
        case .stateBarred(let j, let summary):
            return .sentence("\(j.name) does not allow wage garnishment for ordinary consumer debt: \(summary)")
        case .stateNotApplicable(let j, let scope):
            return .sentence("\(j.name)'s stricter rule covers only \(scope.phrase), so the federal limit applies here.")
        case .stateLimit(let j, let scope, let maximum, let summary, let upperBound, let period, let scopeUnknown, let regionalHigher):
            var sentence = "\(j.name)'s rule\(scope == .allJudgments ? "" : " for \(scope.phrase)") allows at most \(maximum): \(summary)"
            if upperBound { sentence += " This uses the federal minimum wage; with the state's own minimum wage the limit may be lower." }
            if let regionalHigher {
                sentence +=
                    " This uses the state's lower regional minimum wage; where the higher regional wage of \(regionalHigher) an hour applies, the limit is lower."
            }
            if let period { sentence += " For a \(period.rawValue) pay the weekly figure was scaled like the federal table, so it is an estimate." }
            if scopeUnknown { sentence += " Whether this applies depends on whether the debt is covered (\(scope.phrase))." }
            return sentence
        case .stateMinimumWage(let j, let date, let rates, let used, let regionMatters, let county):
            let list = rates.map { "\($0.hourly) an hour in \($0.region)" }.joined(separator: " and ")
            var sentence = "On \(date) \(j.name)'s minimum wage is \(list)."
            if rates.count == 1, rates[0].counties.count > 0, let county {
                sentence += " The case says the debtor works in \(county), so the limit above uses that figure."
            } else if rates.count > 1, let county {
                sentence += " The place of work given (\(county)) is not a county this table knows, sothe limit above uses \(used), the lower figure"
                sentence += regionMatters ? "; the higher one may apply and would protect more." : "; the higher one gives the same limit."
            } else if rates.count > 1 {
                sentence += " The case does not say where the debtor works, so the limit above uses \(used), the lower figure"
                sentence += regionMatters ? "; the higher one may apply and would protect more." : "; the higher one gives the same limit."
            }
            return sentence
        case .stateNeedsWage(let j, let summary):
            return .sentence("\(j.name)'s rule is stricter than federal law but needs the state minimum wage to compute: \(summary)")
        case .stateStricter(let j, let summary):
            return .sentence("\(j.name) protects more than federal law in a way not computed here: \(summary)")
        case .stateSameAsFederal(let j, let summary):
            return .sentence("\(j.name) has no stricter percentage than federal law: \(summary)")
        case .stateUnknown(let j, let summary):
            return .sentence("\(j.name)'s own wage-garnishment limit is not confirmed; only the federal limit is applied. \(summary)")
        case .overWithheld(let withheld, let over, let maximum):
            return .sentence("The \(withheld) withheld is \(over) more than the \(maximum) the law allows from this pay.")
        case .withinLimit(let withheld, let maximum):
            // Arithmetic only: whether the garnishment itself is lawful is not decided here.
            return .sentence(
                "The \(withheld) withheld is not above the \(maximum) maximum computed here; that compares amounts only and does not make the garnishment lawful."
            )
        case .mayProtectMore(let j, let withheld, let maximum):
            return .sentence(
                "The \(withheld) withheld is not above the \(maximum) computed here, but \(j.name) may protect more of this pay than that figure; its own limit was not computed."
            )
        case .dependantsNotCounted(let j, let perDependant, let householdSize):
            let household = householdSize.map { ", and the household has \($0) \($0 == 1 ? "person" : "people") (debtor.household_size)" } ?? ""
            return .sentence(
                "The \(j.name) limit above counts no dependants: the statute lowers it by \(perDependant) a week for each dependant living with the debtor\(household). The case file does not say who the dependants are."
            )
        case .reviewDateUnknown(let bank, let path):
            return .sentence(
                "The case does not give the date the account at \(bank) was frozen (\(path).frozen_on), so the two-month lookback of 31 CFR Part 212 and the protected amount cannot be computed."
            )
        case .depositsUnknown(let bank, let path, let from, let to):
            return .sentence(
                "The case lists no deposits into the account at \(bank) (\(path).deposits), so whether federal benefits were directly deposited between \(from) and \(to), and how much the bank must leave available, is unknown."
            )
        case .lookback(let review, let from, let to):
            return .sentence("For an account review on \(review), the bank looks back from \(from) to \(to) for directly deposited federal benefits.")
        case .notProtected212_4:
            return
                "This order carries a Notice of Right to Garnish Federal Benefits (from the United States or a state child-support agency), so the automatic two-month protection does not apply."
        case .protectedAmount(let protected, let benefits, let balance):
            return .sentence(
                "The bank must leave \(protected) available: the lesser of \(benefits) in federal benefits directly deposited during the lookback period and the \(balance) balance."
            )
        case .noAutomaticProtection:
            return
                "No covered federal benefit was directly deposited during the lookback period, so nothing is protected automatically; exempt funds must be claimed."
        case .paperBenefits:
            return
                "Federal benefits deposited by paper check are not protected automatically, but they remain exempt and can be claimed through the state's exemption process."
        case .possiblyExempt(let total, let source, let explanation):
            let name = ProtectionPhrase.names(of: source).english
            return source == .other
                ? "\(name) of \(total) beyond the automatic protection: \(explanation)"
                : "Deposits of \(total) from \(name) beyond the automatic protection: \(explanation)"
        case .claimUnknown(let j):
            return .sentence(
                "The deadline to claim an exemption in \(j.name) is not confirmed; the claim should be made as soon as possible, and the papers served may state the deadline."
            )
        case .claimWithDeadline(let procedure, let deadline, let forms):
            let formText = forms.isEmpty ? "" : " Forms: \(forms.joined(separator: ", "))."
            return .sentence("\(procedure) \(deadline)\(formText)")
        case .claimWithoutDeadline(let procedure, let forms):
            let formText = forms.isEmpty ? "" : " Forms: \(forms.joined(separator: ", "))."
            return .sentence("\(procedure)\(formText)")
        case .formNote(let forms):
            return .sentence("Forms: \(forms.joined(separator: ", ")).")
        case .collectorLikely:
            return
                "A third party collecting a debt owed to another is likely a \"debt collector\" under the FDCPA, so the federal rules on contact, validation and cease requests apply."
        case .collectorUnlikely:
            return "A creditor collecting its own debt is generally not a \"debt collector\" under the FDCPA."
        case .collectorUncertain:
            return
                "A debt buyer is not a debt collector merely because it bought defaulted debt, but it may be one if its principal purpose is collecting debts."
        case .servicerBeforeDefault:
            return "A servicer that took over the account before it was in default is generally outside the FDCPA."
        case .collectorUnknown:
            return "Whether the FDCPA applies depends on who is collecting: a third party or debt buyer usually, the original lender usually not."
        case .stateLawCovers(let j, let law, let duties):
            let added = duties.isEmpty ? "" : " " + duties.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
            return .sentence("\(j.name) law, the \(law), also governs this party's collection conduct, even where the FDCPA may not.") + added
        case .stateLawExcludesAttorneys(let j, let law):
            return .sentence("\(j.name) law, the \(law), excludes attorneys collecting for a client, so only the FDCPA may apply to this party.")
        case .stateLawCreditorsUnconfirmed(let j, let law):
            return .sentence("\(j.name) has the \(law), but whether it reaches a creditor collecting its own debt was not confirmed.")
        case .stateLawNotCreditors(let j, let law):
            return .sentence("\(j.name) law, the \(law), covers collection agencies but not a creditor collecting its own debt in its own name.")
        case .stateLawUnknown(let j):
            return .sentence(
                "Whether \(j.name) has a collection law reaching a creditor collecting its own debt was not confirmed; the FDCPA may not apply to this party.")
        case .rosenthalAttorneyExcluded:
            return
                "California's Rosenthal Act excludes attorneys from its definition of debt collector, though a law firm may still be covered by the federal FDCPA."
        case .rosenthalCovered:
            return
                "California's Rosenthal Act covers anyone who regularly collects consumer debts for itself or for others, so it reaches original creditors too. Civil Code § 1788.17 also requires California collectors to comply with the federal FDCPA's provisions (the exact range it incorporates is unconfirmed)."
        case .windowUnknown:
            return
                "A written dispute within 30 days of receiving the validation notice makes the collector stop until it sends verification; the date the notice arrived is needed to tell whether that window is open."
        case .window(let open, let end, let days, let fromNotice):
            let source =
                fromNotice
                ? "the date printed on the validation notice"
                : "an estimate: 30 days after the notice was received (the notice's own end date governs if it differs)"
            if open {
                return .sentence(
                    "The 30-day window to dispute the debt in writing is open until \(end) (\(days) day\(days == 1 ? "" : "s") left), by \(source).")
            }
            return .sentence("The 30-day window to dispute the debt in writing closed on \(end), by \(source).")
        case .note(let note): return note.english
        case .timeline(let event): return event.english
        case .protection(let protection): return protection.english
        case .claim(let claim): return claim.english
        }
    }
}
