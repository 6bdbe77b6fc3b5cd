import CaseModel
import LegalRules
import Templating

extension CaseContext {
    /// The context's `analysis`: each section deferred on its own, computed by the function the full
    /// analysis computes it with (`CaseAnalyzer.fdcpa(of:…)`, `levies(of:…)`…), so that a letter pays
    /// only for what it reads. The deficiency's amounts come from `CaseAnalyzer.deficiencyFigures`,
    /// which skips its verdict and every finding's sentence (most of an analysis' cost, measured in
    /// docs/performance.md); findings, deadlines, missing fields and the deficiency's other fields
    /// come from one full analysis, computed at most once. Tests hold it equal to the full analysis.
    static func analysis(of theCase: Case, today: CalendarDate, language code: String) -> TemplateValue {
        let language = AnalysisLanguage(code: code)
        let full = DeferredValue { CaseAnalyzer.analyze(theCase, asOf: today, language: language).templateValue }
        @Sendable func fromFull(_ path: String...) -> TemplateValue { .deferred(DeferredValue { full.value.value(at: path) ?? .null }) }
        @Sendable func alone(_ make: @escaping @Sendable () -> TemplateValue) -> TemplateValue { .deferred(DeferredValue(make)) }
        var fields: [String: TemplateValue] = [
            "as_of": today.templateValue,
            "home_state": theCase.debtor.address.state.templateValue,
            "property_state": fromFull("property_state"),
            "findings": fromFull("findings"),
            "deadlines": fromFull("deadlines"),
            "missing": fromFull("missing"),
            "fdcpa": alone { CaseAnalyzer.fdcpa(of: theCase, asOf: today, language: language).templateValue },
            "garnishments": alone { CaseAnalyzer.garnishments(of: theCase, language: language).templateValue },
            "levies": alone { CaseAnalyzer.levies(of: theCase, asOf: today, language: language).templateValue },
            "exemption_claims": alone { CaseAnalyzer.exemptionClaims(of: theCase, asOf: today, language: language).templateValue },
            "timeline": alone { CaseAnalyzer.timeline(of: theCase, language: language).templateValue },
            "protection": alone {
                let levies = CaseAnalyzer.levies(of: theCase, asOf: today, language: language)
                return CaseAnalyzer.protection(of: theCase, levies: levies, language: language).templateValue
            },
        ]
        // A deficiency exactly when there is a sale; its amounts alone, the rest from the full analysis.
        if theCase.sale != nil {
            fields["deficiency"] = alone {
                guard case .map(var deficiency)? = CaseAnalyzer.deficiencyFigures(theCase)?.templateValue else { return .null }
                for key in CaseAnalysis.Deficiency.templateKeys where deficiency[key] == nil {
                    deficiency[key] = fromFull("deficiency", key)
                }
                return .map(deficiency)
            }
        }
        return .map(fields)
    }
}
