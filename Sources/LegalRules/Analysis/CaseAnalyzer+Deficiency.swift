import CaseModel

/// The deficiency section and the deadlines that follow a sale.
struct SaleSection {
    /// The deficiency.
    var deficiency: CaseAnalysis.Deficiency
    /// The post-sale deadlines.
    var deadlines: [CaseAnalysis.Deadline]
}

extension CaseAnalyzer {
    /// The deficiency after a sale: a repossession goes to UCC Article 9, a foreclosure to the
    /// property state's anti-deficiency rule.
    static func saleAnalysis(_ theCase: Case, sale: Sale, asOf: CalendarDate, language: AnalysisLanguage) -> Analysed<SaleSection> {
        var analysed =
            isRepossession(theCase.debt, sale: sale)
            ? vehicleAnalysis(theCase, sale: sale, language: language)
            : foreclosureAnalysis(theCase, sale: sale, asOf: asOf, language: language)
        addComparisons(to: &analysed, theCase, sale: sale, language: language)
        return analysed
    }

    /// Whether UCC Article 9 governs the sale rather than the property state's foreclosure rule.
    static func isRepossession(_ debt: Debt?, sale: Sale) -> Bool {
        debt?.loanType == .vehicle || sale.type == .repossession
    }

    /// The state whose foreclosure rule applies (the property's), when the case gives it.
    static func propertyState(_ debt: Debt?) -> Jurisdiction? {
        debt?.propertyState ?? debt?.propertyAddress?.state
    }

    /// The measure the calculation credits the sale with: the sale price for a repossession (UCC
    /// Article 9 governs; a higher fair market value is reported, not applied) and for a foreclosure
    /// whose rule cannot be chosen; otherwise what the state's fair-value rule gives for the facts
    /// (``DeficiencyCalculator/measure(_:)``). The one place the choice is made, for the full
    /// analysis and for ``deficiencyFigures(_:)`` alike.
    static func creditMeasure(_ debt: Debt?, sale: Sale) -> FairValueRule.CreditMeasure {
        guard !isRepossession(debt, sale: sale), let (rule, facts) = foreclosureRule(debt, sale: sale) else { return .salePrice }
        return DeficiencyCalculator.measure(rule.fairValueRule(for: facts))
    }

    /// The state's foreclosure rule and the facts it is applied to; nil when the case gives no
    /// property state or no loan type, so no rule can be chosen.
    static func foreclosureRule(_ debt: Debt?, sale: Sale) -> (rule: StateDeficiencyRule, facts: DeficiencyFacts)? {
        guard let state = propertyState(debt), let loanType = debt?.loanType else { return nil }
        return (StateDeficiencyRule.rule(for: state), DeficiencyFacts(debt: debt, loanType: loanType, sale: sale))
    }

    private static func foreclosureAnalysis(_ theCase: Case, sale: Sale, asOf: CalendarDate, language: AnalysisLanguage) -> Analysed<SaleSection> {
        let debt = theCase.debt
        let state = propertyState(debt)
        var missing: [String] = []
        if state == nil { missing.append("debt.property_state") }
        if debt?.loanType == nil { missing.append("debt.loan_type") }
        if debt?.ownerOccupied == nil { missing.append("debt.owner_occupied") }
        let charges = chargeLines(debt: debt, sale: sale, language: language)
        missing += charges.missing

        var findings: [Finding]
        var status = DeficiencyAssessment.Status.unknown
        var questions: [String] = []
        var calculation: DeficiencyCalculation?
        var deadlines: [CaseAnalysis.Deadline] = []
        if let state, let (rule, facts) = foreclosureRule(debt, sale: sale) {
            let verdict = rule.assess(facts)
            status = verdict.status
            let alsoBarred = additionalBars(rule, facts: facts, verdict: verdict)
            questions = (verdict.possibleBars + alsoBarred.filter { $0.fit(facts) == .mayApply }).compactMap { $0.question(for: facts, in: language) }
            findings = rule.findings(for: facts, language: language) + alsoBarredFindings(alsoBarred, facts: facts, in: state, language: language)
            calculation = charges.lines.map {
                DeficiencyCalculator.calculate(
                    charges: $0, salePrice: sale.price, fairMarketValue: sale.fairMarketValue,
                    rule: rule, facts: facts, language: language)
            }
            let computed = DeficiencyDeadline.all(
                for: rule, saleType: sale.type, eventDates: eventDates(theCase, sale: sale), asOf: asOf,
                facts: facts, language: language)
            for deadline in computed {
                let needs = triggerNeeds(deadline.rule, language: language)
                if deadline.date == nil, deadline.rule.unit != .businessDays, needs.isField { missing.append(needs.text) }
                deadlines.append(CaseAnalysis.Deadline(deadline, needs: needs.text, language: language))
                findings.append(deadline.finding)
            }
            if computed.isEmpty, status != .barred, let period = GeneralLimitation.entry(for: state) {
                findings.append(
                    Finding(
                        id: "deadline.general_limitation", topic: .deadline,
                        sentence: Phrase.generalLimitation(sale.type, state, period).text(in: language),
                        citations: period.citations, confidence: period.confidence))
            } else if computed.isEmpty, status != .barred {
                findings.append(
                    Finding(
                        id: "deadline.not_confirmed", topic: .deadline,
                        sentence: Phrase.deadlineNotConfirmed(sale.type, state).text(in: language),
                        citations: rule.citations, confidence: .unknown))
            }
        } else {
            let needed = missing.filter { $0 == "debt.property_state" || $0 == "debt.loan_type" }
            findings = [
                Finding(
                    id: "deficiency.rule_unknown", topic: .deficiency,
                    sentence: Phrase.ruleUnknown(needed: needed).text(in: language),
                    citations: [Citation("no confirmed rule (unknown)")], confidence: .unknown)
            ]
            let measure = creditMeasure(debt, sale: sale)
            calculation = charges.lines.map {
                DeficiencyCalculator.calculate(charges: $0, salePrice: sale.price, fairMarketValue: sale.fairMarketValue, measure: measure, language: language)
            }
        }
        // A "may be barred" verdict leads with the bar, not with the rule that applies otherwise.
        if let judgment = theCase.judgment {
            findings += judgmentFindings(judgment, sale: sale, status: status, lead: findings[0], deadlines: deadlines, language: language)
        }
        let lead =
            status == .mayBeBarred
            ? findings.first { $0.id.hasPrefix("deficiency.may_be_barred") } ?? findings[0]
            : findings[0]
        if status == .barred, let calculation {
            // Nothing is owed: the creditor's arithmetic is reported as theirs, once, and no amount as owed.
            findings.append(
                Finding(
                    id: "deficiency.creditor_arithmetic", topic: .deficiency,
                    sentence: Phrase.claim(.creditorArithmetic(figure: calculation.deficiency)).text(in: language),
                    figures: [.money("Creditor's arithmetic (not owed)", calculation.deficiency)],
                    citations: lead.citations, confidence: lead.confidence))
        } else {
            findings += amountFindings(
                calculation, charges: charges, debt: debt, salePrice: sale.price, judicial: sale.type == .judicial, language: language)
        }
        var deficiency = section(
            .residentialForeclosure, jurisdiction: state, status: status, summary: lead,
            questions: questions, sale: sale, debt: debt, calculation: calculation, missing: missing)
        if status == .barred, let calculation {
            deficiency.creditorFigure = calculation.deficiency
            deficiency.creditorLines = calculation.lines
            deficiency.lines = []
            deficiency.total = nil
            deficiency.surplus = nil
        }
        return Analysed(section: SaleSection(deficiency: deficiency, deadlines: deadlines), findings: findings, missing: missing)
    }

    /// Bars after the one that decided a "barred" verdict that also apply or may apply: a second,
    /// independent ground (California's § 580b beside § 580d) matters when the first is contested.
    static func additionalBars(_ rule: StateDeficiencyRule, facts: DeficiencyFacts, verdict: DeficiencyAssessment) -> [AvailabilityRule] {
        guard verdict.status == .barred, let decider = verdict.decidingRule,
            let start = rule.availability.firstIndex(of: decider)
        else { return [] }
        return rule.availability[(start + 1)...].filter { $0.outcome == .barred && $0.fit(facts) != .doesNotApply }
    }

    /// One finding per additional bar, with its open question when it only may apply.
    static func alsoBarredFindings(_ bars: [AvailabilityRule], facts: DeficiencyFacts, in state: Jurisdiction, language: AnalysisLanguage) -> [Finding] {
        bars.enumerated().map { i, bar in
            let certain = bar.fit(facts) == .applies
            return Finding(
                id: "deficiency.also_barred.\(i + 1)", topic: .deficiency,
                sentence: Phrase.alsoBarred(
                    state, certain: certain, explanation: bar.explanation,
                    question: certain ? nil : bar.question(for: facts, in: language)
                ).text(in: language),
                citations: bar.citations, confidence: bar.confidence)
        }
    }

    /// The charges side of the calculation: principal and interest when itemised, else the balance
    /// claimed, then each cost of the sale; nil lines when the case gives no debt amount.
    static func chargeLines(debt: Debt?, sale: Sale, language: AnalysisLanguage) -> (lines: [LineItem]?, itemised: Bool, missing: [String]) {
        // Built into one array sized once rather than by concatenating small arrays.
        func lines(_ first: LineItem, _ interest: LineItem?) -> [LineItem] {
            var lines: [LineItem] = []
            lines.reserveCapacity(2 + sale.costs.count)
            lines.append(first)
            if let interest { lines.append(interest) }
            for cost in sale.costs { lines.append(LineItem(cost.label, cost.amount)) }
            return lines
        }
        if let principal = debt?.principal {
            let interest = debt?.interest.map { LineItem(Phrase.lineInterest.text(in: language), $0) }
            return (lines(LineItem(Phrase.lineUnpaidPrincipal.text(in: language), principal), interest), true, [])
        }
        if let balance = debt?.balanceClaimed {
            return (lines(LineItem(Phrase.lineBalanceClaimed.text(in: language), balance), nil), false, ["debt.principal"])
        }
        return (nil, false, ["debt.principal", "debt.balance_claimed"])
    }

    /// The calculation's own findings, or why there is none, and how it compares with the balance claimed.
    static func amountFindings(
        _ calculation: DeficiencyCalculation?, charges: (lines: [LineItem]?, itemised: Bool, missing: [String]),
        debt: Debt?, salePrice: Money, judicial: Bool = false, language: AnalysisLanguage
    ) -> [Finding] {
        guard let calculation else {
            return [
                Finding(
                    id: "deficiency.amount_unknown", topic: .deficiency,
                    sentence: Phrase.amountUnknown.text(in: language),
                    citations: DeficiencyCalculator.definition, confidence: .unknown)
            ]
        }
        var out = calculation.findings
        if calculation.measureApplied == .greaterOfSalePriceAndFairMarketValue, calculation.surplus > .zero {
            out.append(notionalSurplus(calculation, salePrice: salePrice, language: language))
        }
        if !charges.itemised, let claimed = debt?.balanceClaimed {
            out.append(
                Finding(
                    id: "deficiency.not_itemised", topic: .deficiency,
                    sentence: Phrase.notItemised(claimed: claimed, judicial: judicial).text(in: language),
                    citations: DeficiencyCalculator.definition, confidence: .unknown))
        } else if let claimed = debt?.balanceClaimed, claimed != calculation.totalOwed, claimed != calculation.deficiency {
            out.append(
                Finding(
                    id: "deficiency.claimed_balance_differs", topic: .deficiency,
                    sentence: Phrase.claimedBalanceDiffers(
                        claimed: claimed, owed: calculation.totalOwed, credit: calculation.saleCredit,
                        surplus: calculation.surplus > .zero ? calculation.surplus : nil,
                        deficiency: calculation.deficiency
                    ).text(in: language),
                    figures: [
                        .money("Balance claimed", claimed), .money("Total owed (itemised)", calculation.totalOwed),
                        .money("Deficiency (computed)", calculation.deficiency),
                    ],
                    citations: DeficiencyCalculator.definition, confidence: .secondary))
        }
        return out
    }

    /// Builds the deficiency section from the verdict and the calculation.
    static func section(
        _ regime: CaseAnalysis.Deficiency.Regime, jurisdiction: Jurisdiction?, status: DeficiencyAssessment.Status,
        summary: Finding, questions: [String], sale: Sale, debt: Debt?, calculation: DeficiencyCalculation?,
        missing: [String]
    ) -> CaseAnalysis.Deficiency {
        CaseAnalysis.Deficiency(
            regime: regime, jurisdiction: jurisdiction, status: status, summary: summary.sentence, openQuestions: questions,
            saleType: sale.type, saleDate: sale.date, salePrice: sale.price, fairMarketValue: sale.fairMarketValue,
            balanceClaimed: debt?.balanceClaimed, lines: calculation?.lines ?? [], totalOwed: calculation?.totalOwed,
            saleCredit: calculation?.saleCredit, total: calculation?.deficiency, surplus: calculation?.surplus,
            measure: calculation?.measureApplied, citation: summary.citations.joinedText, citations: summary.citations,
            confidence: summary.confidence, missing: missing)
    }

    /// The dates of the events deadlines are counted from, as far as the case gives them.
    static func eventDates(_ theCase: Case, sale: Sale) -> [DeadlineRule.Trigger: CalendarDate] {
        var dates: [DeadlineRule.Trigger: CalendarDate] = [.sale: sale.date]
        if let d = sale.deedDeliveredOn { dates[.deedDelivery] = d }
        if let d = sale.confirmedOn { dates[.confirmationOfSale] = d }
        if let d = sale.certificateOfTitleOn { dates[.certificateOfTitle] = d }
        if let d = theCase.judgment?.date { dates[.judgmentEntry] = d }
        return dates
    }

    /// What a deadline needs to be computed: a case field, or a date the case file has no field for.
    static func triggerNeeds(_ rule: DeadlineRule, language: AnalysisLanguage) -> (text: String, isField: Bool) {
        if rule.unit == .businessDays { return (Phrase.needsBusinessDays.text(in: language), false) }
        switch rule.trigger {
        case .sale: return ("sale.date", true)
        case .deedDelivery: return ("sale.deed_delivered_on", true)
        case .confirmationOfSale: return ("sale.confirmed_on", true)
        case .certificateOfTitle: return ("sale.certificate_of_title_on", true)
        case .judgmentEntry: return ("judgment.date", true)
        default: return (Phrase.needsTrigger(rule.trigger).text(in: language), false)
        }
    }
}
