import CaseModel

/// Every kind of sentence (and generated label) the analysis writes, with the facts it needs.
///
/// The English rendering (`Phrase+English.swift`) is the wording the rules were checked in; the
/// Spanish rendering (`Phrase+Spanish.swift`) is a translation table a reviewer can read case by
/// case. Catalogue text inside a sentence (a rule's explanation, note or question) is passed in
/// English and translated through `CatalogueSpanish`. Citations are never translated.
enum Phrase: Sendable, Hashable {
    // Deficiency verdict (StateDeficiencyRule.findings).
    case barred(Jurisdiction, explanation: String)
    case allowed(Jurisdiction, explanation: String)
    case otherwise(Jurisdiction, allowed: Bool, explanation: String)
    case verdictUnknown(Jurisdiction)
    case mayBeBarred(Jurisdiction, explanation: String, question: String?)
    case alsoBarred(Jurisdiction, certain: Bool, explanation: String, question: String?)
    case ruleUnknown(needed: [String])
    case deadlineNotConfirmed(SaleType, Jurisdiction)
    case generalLimitation(SaleType, Jurisdiction, GeneralLimitation)
    // The calculation.
    case amount(owed: Money, credits: Money, deficiency: Money)
    case surplus(owed: Money, credits: Money, surplus: Money)
    case fairValueApplied(fairMarketValue: Money, salePrice: Money)
    case fairValueNeeded
    case fairValueMustBeRaised(Jurisdiction, explanation: String)
    case fairValueMayApply(Jurisdiction, conditions: [FairValueRule.Condition], explanation: String, deficiency: Money)
    case amountUnknown
    case notItemised(claimed: Money, judicial: Bool)
    case claimedBalanceDiffers(claimed: Money, owed: Money, credit: Money, surplus: Money?, deficiency: Money)
    case notionalSurplus(salePrice: Money, owed: Money, byPrice: Money)
    case judgmentDespiteBar(amount: Money, entered: CalendarDate, caseNumber: String)
    case judgmentAfterDeadline(entered: CalendarDate, deadline: CalendarDate)
    // Calculation line labels.
    case lineUnpaidPrincipal, lineInterest, lineBalanceClaimed, lineTotalOwed, lineLessSalePrice
    case lineLessFairMarketValue(salePrice: Money)
    case lineLess(String)
    case lineSurplus, lineDeficiency
    // Vehicle repossession.
    case vehicleLead
    case vehicleDeadlineNotCatalogued
    case vehicleRule(String)
    case vehicleFairMarketValue(value: Money, salePrice: Money, surplus: Money?, deficiency: Money)
    // Deadlines.
    case deadline(DeadlineRule, Jurisdiction, date: CalendarDate?, days: Int?, asOf: CalendarDate)
    case deadlineDescription(DeadlineRule)
    case needsField(String)
    case needsBusinessDays
    case needsTrigger(DeadlineRule.Trigger)
    case needsNoticeServed, needsNoticeMailed
    // Wage garnishment.
    case federalLimit(maximum: Money, period: PayPeriod, disposable: Money, floor: Money, multiple: Int)
    case stateBarred(Jurisdiction, summary: String)
    case stateNotApplicable(Jurisdiction, WageFormula.Scope)
    case stateLimit(
        Jurisdiction, WageFormula.Scope, maximum: Money, summary: String, upperBound: Bool, period: PayPeriod?, scopeUnknown: Bool,
        regionalHigher: Money? = nil)
    case stateMinimumWage(
        Jurisdiction, date: CalendarDate, rates: [StateMinimumWage], used: Money, regionMatters: Bool, workCounty: String? = nil)
    case stateNeedsWage(Jurisdiction, summary: String)
    case stateStricter(Jurisdiction, summary: String)
    case stateSameAsFederal(Jurisdiction, summary: String)
    case stateUnknown(Jurisdiction, summary: String)
    case overWithheld(withheld: Money, over: Money, maximum: Money)
    case withinLimit(withheld: Money, maximum: Money)
    case mayProtectMore(Jurisdiction, withheld: Money, maximum: Money)
    case dependantsNotCounted(Jurisdiction, perDependant: Money, householdSize: Int?)
    // Bank levy.
    case reviewDateUnknown(bank: String, path: String)
    case depositsUnknown(bank: String, path: String, from: CalendarDate, to: CalendarDate)
    case lookback(review: CalendarDate, from: CalendarDate, to: CalendarDate)
    case notProtected212_4
    case protectedAmount(protected: Money, benefits: Money, balance: Money)
    case noAutomaticProtection
    case paperBenefits
    case possiblyExempt(total: Money, source: IncomeSource, explanation: String)
    // Exemption claims.
    case claimUnknown(Jurisdiction)
    case claimWithDeadline(procedure: String, deadline: String, forms: [String])
    case claimWithoutDeadline(procedure: String, forms: [String])
    case formNote([String])
    // FDCPA.
    case collectorLikely, collectorUnlikely, collectorUncertain, servicerBeforeDefault, collectorUnknown
    case rosenthalAttorneyExcluded, rosenthalCovered
    case stateLawCovers(Jurisdiction, law: String, duties: [String])
    case stateLawExcludesAttorneys(Jurisdiction, law: String)
    case stateLawCreditorsUnconfirmed(Jurisdiction, law: String)
    case stateLawNotCreditors(Jurisdiction, law: String)
    case stateLawUnknown(Jurisdiction)
    case windowUnknown
    case window(open: Bool, ends: CalendarDate, days: Int, fromNotice: Bool)
    // Comparisons, weekend and levy notes; timeline events and field labels; protection of income and assets.
    case note(NotePhrase)
    case timeline(TimelinePhrase)
    case protection(ProtectionPhrase)
    case claim(ClaimPhrase)

    /// The phrase in a language.
    func text(in language: AnalysisLanguage) -> String {
        language == .spanish ? spanish : english
    }
}
