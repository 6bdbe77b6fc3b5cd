import CaseModel
import LegalRules
import Templating

extension CaseContext {
    /// The context's `analysis`: the fields of `CaseAnalyzer.analyze` that `fields` selects.
    ///
    /// When a template reads nothing of the analysis but the deficiency's amounts (cease-contact
    /// prints `analysis.deficiency.total` and `claimed_difference_after_sale`), they are taken from
    /// `CaseAnalyzer.deficiencyFigures`, which gives the same amounts without writing the verdict,
    /// the deadlines and a sentence for every finding: that was nine tenths of the analysis' cost
    /// for such a letter. Debug builds (the tests) check the result against the full analysis.
    static func analysis(of theCase: Case, today: CalendarDate, language: String,
                         selecting fields: ContextSelection) throws -> TemplateValue {
        if fields.selectsOnly(ContextKeys([.deficiency])), let deficiency = fields.field(.deficiency), deficiency.selectsOnly(figureFields) {
            var map: [String: TemplateValue] = [:]
            if let figures = CaseAnalyzer.deficiencyFigures(theCase) {
                map["deficiency"] = try Node.direct(figures, deficiency)
            }
            assert(.map(map) == (try? fullAnalysis(of: theCase, today: today, language: language, selecting: fields)),
                   "the deficiency's figures differ from the full analysis")
            return .map(map)
        }
        return try fullAnalysis(of: theCase, today: today, language: language, selecting: fields)
    }

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
