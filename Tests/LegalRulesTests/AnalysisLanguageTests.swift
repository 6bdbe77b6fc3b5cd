import CaseModel
import Foundation
import Testing
@testable import LegalRules

/// The analysis in Spanish: every sentence kind has a Spanish rendering, the samples come out with
/// no English sentence text, a few sentences are pinned exactly, and English is unchanged.
@Suite struct AnalysisLanguageTests {
    static let samples = [
        "ca-nonjudicial-bank-levy.yaml", "ny-judicial-wage-garnishment.yaml",
        "tx-vehicle-repossession.yaml", "demo.yaml",
    ]

    /// English words that never occur in the Spanish sentences. Parenthesised text is skipped,
    /// because the Spanish glosses legal terms and form names in English there ("(levying officer)").
    static let englishMarkers = [
        "the", "deficiency", "under", "must", "lender", "withheld", "which", "would",
        "within", "after", "before", "is", "are", "not", "may", "with", "from", "any",
    ]

    static func englishWords(in text: String) -> [String] {
        let unglossed = text.replacingOccurrences(of: #"\([^)]*\)"#, with: " ", options: .regularExpression)
        let words = Set(unglossed.lowercased().split { !$0.isLetter }.map(String.init))
        return englishMarkers.filter(words.contains)
    }

    /// Every sentence-like text in an analysis: findings, summaries, rules, descriptions, generated labels.
    static func texts(_ a: CaseAnalysis, case theCase: CaseModel.Case) -> [String] {
        var out = a.findings.map(\.sentence)
        if let d = a.deficiency {
            let typed = Set(theCase.sale?.costs.map(\.label) ?? [])
            out += [d.summary] + d.openQuestions + d.lines.map(\.label).filter { !typed.contains($0) }
        }
        for deadline in a.deadlines + a.exemptionClaims.compactMap(\.deadline) {
            out += [deadline.description, deadline.sentence] + (deadline.needs.map { [$0] } ?? [])
        }
        out += a.garnishments.flatMap { [$0.federalRule, $0.stateRule] }
        out += a.levies.flatMap { [$0.summary] + $0.otherExemptDeposits.map(\.explanation) }
        out += a.exemptionClaims.flatMap { [$0.rule] + [$0.procedure, $0.formNote].compactMap { $0 } }
        out += [a.fdcpa.collectorStatus, a.fdcpa.validationWindow.sentence] + a.fdcpa.parties.flatMap { [$0.sentence] + ($0.stateLaw.map { [$0] } ?? []) }
        out += [a.deficiency?.saleSurplusSentence, a.deficiency?.claimedDifferenceSentence, a.deficiency?.judgmentDifferenceSentence].compactMap { $0 }
        out += a.levies.flatMap { [$0.fullyProtectedSentence, $0.claimDeadlineSentence].compactMap { $0 } + $0.otherExemptDeposits.map(\.sourceLabel) }
        out += a.timeline.map(\.event) + a.protection.map(\.sentence) + a.missing.map(\.label)
        return out
    }

    @Test(arguments: samples)
    func spanishSampleHasNoEnglishSentences(_ file: String) throws {
        let theCase = try CaseAnalyzerTests.sample(file)
        let spanish = CaseAnalyzer.analyze(theCase, asOf: CaseAnalyzerTests.asOf, language: .spanish)
        for text in Self.texts(spanish, case: theCase) {
            #expect(Self.englishWords(in: text).isEmpty, "English in: \(text)")
        }
    }

    @Test(arguments: samples)
    func languageChangesOnlyWords(_ file: String) throws {
        let theCase = try CaseAnalyzerTests.sample(file)
        let english = CaseAnalyzer.analyze(theCase, asOf: CaseAnalyzerTests.asOf)
        let spanish = CaseAnalyzer.analyze(theCase, asOf: CaseAnalyzerTests.asOf, language: .spanish)
        #expect(english == CaseAnalyzer.analyze(theCase, asOf: CaseAnalyzerTests.asOf, language: .english))
        #expect(spanish.findings.map(\.id) == english.findings.map(\.id))
        #expect(spanish.findings.map(\.citations) == english.findings.map(\.citations))
        #expect(spanish.findings.map(\.figures) == english.findings.map(\.figures))
        #expect(spanish.deficiency?.total == english.deficiency?.total)
        #expect(spanish.garnishments.map(\.maxGarnishable) == english.garnishments.map(\.maxGarnishable))
        #expect(spanish.levies.map(\.protectedAmount) == english.levies.map(\.protectedAmount))
        #expect(spanish.missing.map(\.path) == english.missing.map(\.path))
        for (es, en) in zip(spanish.findings, english.findings) { #expect(es.sentence != en.sentence, "\(en.id) not translated") }
    }

    @Test func exactSpanishSentences() throws {
        let ny = CaseAnalyzer.analyze(
            try CaseAnalyzerTests.sample("ny-judicial-wage-garnishment.yaml"),
            asOf: CaseAnalyzerTests.asOf, language: .spanish)
        let ca = CaseAnalyzer.analyze(
            try CaseAnalyzerTests.sample("ca-nonjudicial-bank-levy.yaml"),
            asOf: CaseAnalyzerTests.asOf, language: .spanish)
        func sentence(_ a: CaseAnalysis, _ id: String) -> String? { a.findings.first { $0.id == id }?.sentence }
        #expect(
            sentence(ny, "garnishment.federal_limit")
                == "La ley federal permite que un acreedor tome como máximo $474.07 de un pago cada dos semanas con ingresos disponibles de $1,896.30: la cantidad menor entre el 25% y lo que exceda de $435.00 (60 × $7.25)."
        )
        #expect(
            sentence(ny, "deficiency.amount") == "Al monto adeudado de $235,667.50 se le restan créditos de $189,000.00, y queda una deficiencia de $46,667.50."
        )
        #expect(
            sentence(ny, "deadline.lender.deed_delivery")
                == "En Nueva York, el prestamista debe solicitar por moción una sentencia de deficiencia dentro de los 90 días siguientes a la entrega de la escritura: a más tardar el 7 de septiembre de 2025 según nuestro cálculo; venció el 7 de septiembre de 2025. El 7 de septiembre de 2025 cae en domingo; no está confirmado si el plazo pasa al siguiente día hábil, así que no cuente con ese tiempo adicional. Si no se presenta la moción a tiempo, el producto de la venta se considera pago total de la deuda."
        )
        #expect(
            ny.deadlines.first?.description
                == "El prestamista debe solicitar por moción una sentencia de deficiencia dentro de los 90 días siguientes a la entrega de la escritura")
        #expect(
            sentence(ca, "bank_levy.lookback")
                == "Para una revisión de la cuenta el 28 de septiembre de 2026, el banco revisa del 27 de julio de 2026 al 27 de septiembre de 2026 si hubo beneficios federales por depósito directo."
        )
        #expect(
            sentence(ca, "bank_levy.protected_amount")
                == "El banco debe dejar disponibles $2,914.63: la cantidad menor entre los $2,964.00 en beneficios federales recibidos por depósito directo durante el período de revisión y el saldo de $2,914.63."
        )
        #expect(
            sentence(ca, "fdcpa.validation_window.closed")
                == "El plazo de 30 días para disputar la deuda por escrito se cerró el 2 de octubre de 2025, según un estimado: 30 días después de recibir la notificación (si la notificación indica otra fecha final, vale esa)."
        )
        #expect(ca.deficiency?.openQuestions == [])
        #expect(ca.deficiency?.creditorLines.first?.label == "Capital pendiente de pago")
    }

    /// One value of every phrase kind: each must read differently in Spanish and carry no English words.
    static let everyPhrase: [Phrase] = {
        let m = Money(cents: 123_456), m2 = Money(cents: 10_000), d = day("2026-11-27"), j = Jurisdiction.NY
        let rule = DeadlineRule(
            90, .days, after: .deedDelivery, action: "move for a deficiency judgment", citations: [], confidence: .statute,
            note: "If no motion is made in time, the sale proceeds are treated as full satisfaction of the debt.")
        let debtorRule = DeadlineRule(
            15, .days, after: .noticeServed, party: .debtor, action: "file the claim of exemption", citations: [], confidence: .statute)
        let business = DeadlineRule(10, .businessDays, after: .sale, action: "sue for the deficiency", citations: [], confidence: .statute)
        let ends = DeadlineRule(
            2, .years, after: .judgmentEntry, party: .enforcementEnds, action: "sue for the deficiency", citations: [], confidence: .statute)
        let q = "Was the home a dwelling for not more than four families (a limit not confirmed against the statute)?"
        let e = "the court may award a deficiency on a motion in the foreclosure action."
        return [
            .barred(j, explanation: e), .allowed(j, explanation: e), .otherwise(j, allowed: true, explanation: e),
            .otherwise(j, allowed: false, explanation: e), .verdictUnknown(j), .mayBeBarred(j, explanation: e, question: q),
            .mayBeBarred(j, explanation: e, question: nil), .alsoBarred(j, certain: true, explanation: e, question: nil),
            .alsoBarred(j, certain: false, explanation: e, question: q), .ruleUnknown(needed: ["debt.loan_type"]),
            .deadlineNotConfirmed(.judicial, j), .generalLimitation(.judicial, j, GeneralLimitation.all[0]), .amount(owed: m, credits: m2, deficiency: m),
            .surplus(owed: m2, credits: m, surplus: m),
            .fairValueApplied(fairMarketValue: m, salePrice: m2), .fairValueNeeded, .fairValueMustBeRaised(j, explanation: e),
            .fairValueMayApply(j, conditions: [.ownerOccupied, .lenderBoughtProperty], explanation: e, deficiency: m),
            .fairValueMayApply(j, conditions: [], explanation: e, deficiency: m), .amountUnknown,
            .notItemised(claimed: m, judicial: true), .notItemised(claimed: m, judicial: false),
            .claimedBalanceDiffers(claimed: m, owed: m2, credit: m2, surplus: nil, deficiency: m),
            .claimedBalanceDiffers(claimed: m, owed: m2, credit: m, surplus: m, deficiency: .zero),
            .notionalSurplus(salePrice: m, owed: m2, byPrice: Money(cents: -5)), .notionalSurplus(salePrice: m2, owed: m, byPrice: m),
            .judgmentDespiteBar(amount: m, entered: d, caseNumber: "25CECG04417"), .judgmentAfterDeadline(entered: d, deadline: d),
            .lineUnpaidPrincipal, .lineInterest, .lineBalanceClaimed, .lineTotalOwed, .lineLessSalePrice,
            .lineLessFairMarketValue(salePrice: m), .lineSurplus, .lineDeficiency,
            .vehicleLead, .vehicleDeadlineNotCatalogued, .vehicleRule(VehicleRepossessionRule.all[0].rule),
            .vehicleFairMarketValue(value: m, salePrice: m2, surplus: m, deficiency: .zero),
            .vehicleFairMarketValue(value: m, salePrice: m2, surplus: nil, deficiency: m),
            .deadline(rule, j, date: d, days: 3, asOf: d), .deadline(rule, j, date: d, days: -3, asOf: d), .deadline(rule, j, date: nil, days: nil, asOf: d),
            .deadline(debtorRule, .CA, date: nil, days: nil, asOf: d), .deadline(business, .CA, date: nil, days: nil, asOf: d),
            .deadline(ends, .TX, date: d, days: 1, asOf: d), .deadlineDescription(rule), .deadlineDescription(debtorRule), .deadlineDescription(ends),
            .needsBusinessDays, .needsTrigger(.endOfRedemptionPeriod), .needsNoticeServed, .needsNoticeMailed,
            .federalLimit(maximum: m, period: .weekly, disposable: m, floor: m2, multiple: 30),
            .stateBarred(.TX, summary: "Current wages are exempt except for child support, spousal maintenance, student loans and taxes."),
            .stateNotApplicable(j, .consumerCredit),
            .stateLimit(j, .headOfFamily, maximum: m, summary: "", upperBound: true, period: .monthly, scopeUnknown: true),
            .stateNeedsWage(j, summary: ""), .stateStricter(j, summary: ""), .stateSameAsFederal(j, summary: ""), .stateUnknown(j, summary: ""),
            .overWithheld(withheld: m, over: m2, maximum: m2), .withinLimit(withheld: m2, maximum: m),
            .dependantsNotCounted(.ND, perDependant: m2, householdSize: 3), .dependantsNotCounted(.ND, perDependant: m2, householdSize: nil),
            .reviewDateUnknown(bank: "First Bank", path: "actions.levies[0]"),
            .depositsUnknown(bank: "First Bank", path: "actions.levies[0]", from: d, to: d), .lookback(review: d, from: d, to: d),
            .notProtected212_4, .protectedAmount(protected: m, benefits: m, balance: m), .noAutomaticProtection, .paperBenefits,
            .possiblyExempt(total: m, source: .unemployment, explanation: DepositExemption.exemption(for: .unemployment).explanation),
            .claimUnknown(j),
            .claimWithDeadline(
                procedure: "Send the completed Exemption Claim Form to both the bank and the creditor (or its attorney).",
                deadline: "", forms: ["Claim of Exemption (EJ-160)"]),
            .claimWithoutDeadline(procedure: "File a sworn claim of exemption with the levying officer, in person or by mail.", forms: []),
            .formNote(["EJ-160"]), .collectorLikely, .collectorUnlikely, .collectorUncertain, .servicerBeforeDefault, .collectorUnknown,
            .rosenthalAttorneyExcluded, .rosenthalCovered, .windowUnknown,
            .window(open: true, ends: d, days: 1, fromNotice: true), .window(open: false, ends: d, days: -4, fromNotice: false),
            .possiblyExempt(total: m, source: .other, explanation: DepositExemption.exemption(for: .other).explanation),
        ] + notes + timelineEvents + protections
    }()

    /// The comparison, weekend and levy sentences, every branch.
    static let notes: [Phrase] = {
        let m = Money(cents: 498_155), m2 = Money(cents: 4_666_750), d = day("2025-09-07")
        return [NotePhrase]([
            .saleSurplus(salePrice: m2, owed: m, surplus: m, sale: .nonjudicial), .saleSurplus(salePrice: m2, owed: m, surplus: m, sale: .judicial),
            .saleSurplus(salePrice: m2, owed: m, surplus: m, sale: .repossession),
            .claimedDifference(claimed: m2, owed: m, difference: m, deficiency: m, afterSale: m),
            .claimedDifference(claimed: m, owed: m2, difference: -m, deficiency: nil, afterSale: nil),
            .judgmentDifference(judgment: m, deficiency: m2, difference: m), .judgmentDifference(judgment: m, deficiency: m, difference: .zero),
            .judgmentDifference(judgment: m2, deficiency: m, difference: -m),
            .weekend(d), .weekend(day("2025-09-06")), .fullyProtected,
            .levyClaimDeadline(date: d, days: -38, served: d, service: .mail, period: 20, asOf: d),
            .levyClaimDeadline(date: d, days: 4, served: d, service: .personal, period: 15, asOf: d), .levyClaimNeedsService,
        ]).map(Phrase.note)
    }()

    /// Every timeline event and the known field labels.
    static let timelineEvents: [Phrase] = {
        var events: [TimelinePhrase] = [
            .loanOriginated, .lastPayment, .deedDelivered, .saleConfirmed, .judgmentEntered,
            .validationNoticeReceived, .garnishmentFirstWithheld, .levyFrozen, .lienRecorded,
            .levyNoticeServed(personal: true), .levyNoticeServed(personal: false), .levyNoticeServed(personal: nil),
        ]
        events += SaleType.allCases.map(TimelinePhrase.sale) + ContactMethod.allCases.map(TimelinePhrase.contact)
        events += [
            "debt.property_state", "debt.loan_type", "debt.owner_occupied", "debt.principal", "debt.balance_claimed", "sale.date",
            "sale.deed_delivered_on", "sale.confirmed_on", "judgment.date", "actions.levies[0].frozen_on", "actions.levies[2].deposits",
            "actions.levies[0].notice_served_on", "actions.levies[1].notice_service", "validation_notice_received",
        ].map(TimelinePhrase.fieldLabel)
        return events.map(Phrase.timeline)
    }()

    /// Every protection sentence and source name.
    static let protections: [Phrase] = {
        let m = Money(cents: 291_463)
        let kinds: [StateWageGarnishmentRule.Kind] = [.sameAsFederal, .stricterNotComputed, .unknown]
        var all: [ProtectionPhrase] = [
            .wagesBarred(.TX, summary: "Current wages are exempt except for child support, spousal maintenance, student loans and taxes.")
        ]
        all += kinds.map { .wagesFederalFloor(.NY, state: $0) }
        all += [
            .federalBenefit(explanation: DepositExemption.exemption(for: .ssi).explanation), .listedOnNewYorkNotice(.statePension),
            .stateLawNotComputed(explanation: DepositExemption.exemption(for: .unemployment).explanation),
            .accountWithBenefits(protected: m, balance: m, whole: true), .accountWithBenefits(protected: m, balance: m, whole: false),
            .accountSourceUnknown, .erisaPlan, .plan403b, .governmentalPlan, .governmentalPlanNewYork, .ira, .pensionSponsorUnknown,
            .tsp, .retirementKindUnknown, .homestead, .vehicle, .otherAsset,
        ]
        all += IncomeSource.allCases.filter { $0 != .ssi }.map(ProtectionPhrase.sourceName)
        return all.map(Phrase.protection)
    }()

    @Test func unknownFieldsAreTheirOwnLabel() {
        #expect(Phrase.timeline(.fieldLabel("debt.something_new")).text(in: .spanish) == "debt.something_new")
    }

    @Test(arguments: everyPhrase)
    func everyPhraseHasASpanishRendering(_ phrase: Phrase) {
        #expect(phrase.spanish != phrase.english)
        #expect(Self.englishWords(in: phrase.spanish).isEmpty, "English in: \(phrase.spanish)")
    }

    @Test func spanishDatesAndDeadlinePeriods() {
        #expect(Spanish.date(day("2026-11-27")) == "27 de noviembre de 2026")
        #expect(Spanish.date(day("2025-01-01")) == "1 de enero de 2025")
        let judgment = DeadlineRule(1, .years, after: .judgmentEntry, action: "x", citations: [], confidence: .statute)
        #expect(Spanish.within(judgment) == "dentro de 1 año después del registro de la sentencia")
        let offset = DeadlineRule(60, .days, after: .sale, startOffsetDays: 10, action: "x", citations: [], confidence: .statute)
        #expect(Spanish.within(offset) == "dentro de 60 días contados a partir del 10.º día después de la venta")
    }

    @Test func languageCodes() {
        #expect(AnalysisLanguage(code: "es") == .spanish)
        #expect(AnalysisLanguage(code: "es-US") == .spanish)
        #expect(AnalysisLanguage(code: "en") == .english)
        #expect(AnalysisLanguage(code: "fr") == .english)
    }
}
