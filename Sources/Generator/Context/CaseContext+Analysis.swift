import CaseModel
import LegalRules
import Templating

extension CaseContext {
    /// The context's `analysis`: each section deferred on its own, computed by the function the full
    /// analysis computes it with (`CaseAnalyzer.fdcpa(of:…)`, `levies(of:…)`…), so that a letter pays
    /// only for what it reads. The deficiency's amounts come from `CaseAnalyzer.deficiencyFigures`,
    /// which skips its verdict and every finding's sentence (most of an analysis' cost, measured in
    /// docs/performance.md); the deficiency's other fields and the deadlines from the sale's section
    /// alone; findings and missing fields from one full analysis, computed at most once. Tests hold it equal to the full analysis.
    static func analysis(of theCase: Case, today: CalendarDate, language code: String) -> TemplateValue {
        let language = AnalysisLanguage(code: code)
        let full = DeferredValue { CaseAnalyzer.analyze(theCase, asOf: today, language: language).templateValue }
        @Sendable func fromFull(_ path: String...) -> TemplateValue { .deferred(DeferredValue { full.value.value(at: path) ?? .null }) }
        @Sendable func alone(_ make: @escaping @Sendable () -> TemplateValue) -> TemplateValue { .deferred(DeferredValue(make)) }
        // Every field from the full analysis, but those that can be computed alone.
        var fields = [String: TemplateValue](minimumCapacity: CaseAnalysis.templateFields.count)
        for (key, _) in CaseAnalysis.templateFields { fields[key] = fromFull(key) }
        fields["as_of"] = today.templateValue
        fields["home_state"] = theCase.debtor.address.state.templateValue
        // The FDCPA section field by field: a letter reads only `recipient`, which needs no validation window.
        let fdcpa = DeferredValue { CaseAnalyzer.fdcpa(of: theCase, asOf: today, language: language).templateValue }
        fields["fdcpa"] = .map([
            "jurisdiction": theCase.debtor.address.state.templateValue,
            "collector_status": .deferred(DeferredValue { fdcpa.value.value(at: ["collector_status"]) ?? .null }),
            "parties": .deferred(DeferredValue { fdcpa.value.value(at: ["parties"]) ?? .null }),
            "validation_window": .deferred(DeferredValue { fdcpa.value.value(at: ["validation_window"]) ?? .null }),
            "recipient": alone { CaseAnalyzer.fdcpaRecipient(of: theCase, language: language)?.templateValue ?? .null },
        ])
        fields["garnishments"] = alone { CaseAnalyzer.garnishments(of: theCase, asOf: today, language: language).templateValue }
        fields["levies"] = alone { CaseAnalyzer.levies(of: theCase, asOf: today, language: language).templateValue }
        fields["exemption_claims"] = alone {
            CaseAnalyzer.exemptionClaims(of: theCase, asOf: today, language: language).templateValue
        }
        fields["timeline"] = alone { CaseAnalyzer.timeline(of: theCase, language: language).templateValue }
        fields["protection"] = alone {
            let levies = CaseAnalyzer.levies(of: theCase, asOf: today, language: language)
            return CaseAnalyzer.protection(of: theCase, levies: levies, language: language).templateValue
        }
        // A deficiency exactly when there is a sale; its amounts alone, the rest (and the deadlines)
        // from the sale's section, without the rest of the analysis.
        let sale = DeferredValue {
            guard let sale = CaseAnalyzer.sale(of: theCase, asOf: today, language: language) else { return .null }
            return .map(["deficiency": sale.deficiency.templateValue, "deadlines": sale.deadlines.templateValue])
        }
        @Sendable func fromSale(_ path: String...) -> TemplateValue { .deferred(DeferredValue { sale.value.value(at: path) ?? .null }) }
        fields["deficiency"] = nil
        fields["deadlines"] = theCase.sale == nil ? [CaseAnalysis.Deadline]().templateValue : fromSale("deadlines")
        if theCase.sale != nil {
            fields["deficiency"] = alone {
                guard case .map(var deficiency)? = CaseAnalyzer.deficiencyFigures(theCase)?.templateValue else { return .null }
                for (key, _) in CaseAnalysis.Deficiency.templateFields where deficiency[key] == nil {
                    deficiency[key] = fromSale("deficiency", key)
                }
                return .map(deficiency)
            }
        }
        return .map(fields)
    }
}
