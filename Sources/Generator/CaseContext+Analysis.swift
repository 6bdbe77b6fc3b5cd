import CaseModel
import LegalRules
import Templating

extension CaseContext {
    /// The context's `analysis`: the fields of `CaseAnalyzer.analyze` that `fields` selects.
    ///
    /// When a template reads only some sections (a dispute letter reads the validation window and
    /// the deficiency's amounts, cease-contact only the amounts), each is computed alone by the
    /// function the full analysis uses for it (`CaseAnalyzer.fdcpa(of:…)`, `levies(of:…)`…), and
    /// the deficiency's amounts by `CaseAnalyzer.deficiencyFigures`, which skips its verdict, its
    /// deadlines and every finding's sentence: for cease-contact that was nine tenths of the
    /// analysis' cost. Findings, deadlines, the missing fields or the deficiency's sentences need
    /// the whole analysis. Debug builds (the tests) check the sections against the full analysis.
    static func analysis(of theCase: Case, today: CalendarDate, language: String,
                         selecting fields: ContextSelection) throws -> TemplateValue {
        guard fields.selectsOnly(sectionFields), fields.field(.deficiency)?.selectsOnly(figureFields) ?? true else {
            return try fullAnalysis(of: theCase, today: today, language: language, selecting: fields)
        }
        let analysisLanguage = AnalysisLanguage(code: language)
        var map = SelectedMap(fields, capacity: 4)
        try map.put(.as_of, today)
        try map.put(.home_state, theCase.debtor.address.state)
        if fields.contains(.deficiency) { try map.put(.deficiency, CaseAnalyzer.deficiencyFigures(theCase)) }
        if fields.contains(.fdcpa) { try map.put(.fdcpa, CaseAnalyzer.fdcpa(of: theCase, asOf: today, language: analysisLanguage)) }
        if fields.contains(.garnishments) { try map.put(.garnishments, CaseAnalyzer.garnishments(of: theCase, language: analysisLanguage)) }
        if fields.contains(.exemption_claims) {
            try map.put(.exemption_claims, CaseAnalyzer.exemptionClaims(of: theCase, asOf: today, language: analysisLanguage))
        }
        if fields.contains(.timeline) { try map.put(.timeline, CaseAnalyzer.timeline(of: theCase, language: analysisLanguage)) }
        if fields.contains(.levies) || fields.contains(.protection) {
            let levies = CaseAnalyzer.levies(of: theCase, asOf: today, language: analysisLanguage)
            if fields.contains(.protection) {
                try map.put(.protection, CaseAnalyzer.protection(of: theCase, levies: levies, language: analysisLanguage))
            }
            try map.put(.levies, levies)
        }
        assert(.map(map.values) == (try? fullAnalysis(of: theCase, today: today, language: language, selecting: fields)),
               "the analysis' sections differ from the full analysis")
        return .map(map.values)
    }

    /// The analysis' fields that can be computed without the rest (see `analysis(of:today:language:selecting:)`).
    static let sectionFields = ContextKeys([
        .as_of, .home_state, .deficiency, .fdcpa, .garnishments, .levies, .exemption_claims, .timeline, .protection,
    ])

    /// The deficiency fields that `CaseAnalysis.Deficiency.Figures` holds, by their context names.
    static let figureFields = ContextKeys([
        .total_owed, .sale_credit, .total, .surplus, .measure, .sale_surplus,
        .claimed_difference, .claimed_difference_after_sale, .judgment_difference,
    ])

    /// The selected fields of the whole analysis.
    static func fullAnalysis(of theCase: Case, today: CalendarDate, language: String,
                             selecting fields: ContextSelection) throws -> TemplateValue {
        let analysis = CaseAnalyzer.analyze(theCase, asOf: today, language: AnalysisLanguage(code: language))
        return try TemplateValueEncoder().encode(analysis, selecting: fields)
    }
}
