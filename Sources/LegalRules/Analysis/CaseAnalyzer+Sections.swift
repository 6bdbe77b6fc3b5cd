import CaseModel

// Sections of an analysis, each computed alone by the very function `analyze` computes it with, so
// each equals the same field of `analyze(theCase, asOf:, language:)`. A letter that reads only
// `analysis.fdcpa` or `analysis.levies` need not pay for the deficiency, the timeline and every
// finding's sentence (see `CaseContext` in Generator); a test compares each with the full analysis.
extension CaseAnalyzer {
    /// `analyze(theCase, …).fdcpa`: whether the people contacting the debtor are debt collectors,
    /// and the validation window.
    public static func fdcpa(of theCase: Case, asOf: CalendarDate, language: AnalysisLanguage = .english) -> CaseAnalysis.FDCPA {
        fdcpa(theCase, in: theCase.debtor.address.state, asOf: asOf, language: language).section
    }

    /// `analyze(theCase, …).fdcpa.recipient`: the party letters go to and whether it is a debt collector.
    public static func fdcpaRecipient(of theCase: Case, language: AnalysisLanguage = .english) -> CaseAnalysis.FDCPA.Recipient? {
        recipient(theCase, in: theCase.debtor.address.state, language: language)
    }

    /// `analyze(theCase, …).deficiency` and `.deadlines`: the sale's section without the rest of the
    /// analysis (the letters' defence paragraphs read its status, citation and deadlines); nil
    /// without a sale, where the full analysis has no deficiency and no deadlines.
    public static func sale(of theCase: Case, asOf: CalendarDate, language: AnalysisLanguage = .english)
        -> (deficiency: CaseAnalysis.Deficiency, deadlines: [CaseAnalysis.Deadline])?
    {
        theCase.sale.map {
            let section = saleAnalysis(theCase, sale: $0, asOf: asOf, language: language).section
            return (section.deficiency, section.deadlines)
        }
    }

    /// `analyze(theCase, …).garnishments`: one entry per wage garnishment.
    public static func garnishments(of theCase: Case, asOf: CalendarDate, language: AnalysisLanguage = .english) -> [CaseAnalysis.WageGarnishment] {
        wageAnalyses(theCase, asOf: asOf, language: language).map(\.section)
    }

    /// `analyze(theCase, …).levies`: one entry per bank levy, restraint or freeze.
    public static func levies(of theCase: Case, asOf: CalendarDate, language: AnalysisLanguage = .english) -> [CaseAnalysis.Levy] {
        levyAnalyses(theCase, asOf: asOf, language: language).map(\.section)
    }

    /// `analyze(theCase, …).exemptionClaims`: how to claim exemptions for the case's kinds of action.
    public static func exemptionClaims(of theCase: Case, asOf: CalendarDate, language: AnalysisLanguage = .english) -> [CaseAnalysis.ExemptionClaim] {
        exemptionClaims(theCase, in: theCase.debtor.address.state, asOf: asOf, language: language).section
    }

    /// `analyze(theCase, …).timeline`: every dated event of the case, by date.
    public static func timeline(of theCase: Case, language: AnalysisLanguage = .english) -> [CaseAnalysis.TimelineEntry] {
        timeline(theCase, language: language)
    }

    /// `analyze(theCase, …).protection`, given the case's `levies` (from ``levies(of:asOf:language:)``).
    public static func protection(of theCase: Case, levies: [CaseAnalysis.Levy], language: AnalysisLanguage = .english) -> [CaseAnalysis.Protection] {
        protection(theCase, levies: levies, in: theCase.debtor.address.state, language: language)
    }
}
