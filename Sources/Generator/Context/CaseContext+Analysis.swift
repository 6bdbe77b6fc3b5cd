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
        analysis(of: SharedCase(theCase), today: today, language: code)
    }

    /// The analysis of `shared.value`; every deferred section holds the one shared case.
    static func analysis(of shared: SharedCase, today: CalendarDate, language code: String) -> TemplateValue {
        let language = AnalysisLanguage(code: code)
        let theCase = shared.value
        let full = DeferredValue { CaseAnalyzer.analyze(shared.value, asOf: today, language: language).templateValue }
        @Sendable func fromFull(_ key: String) -> TemplateValue { .deferred(DeferredValue { full.value.value(at: [key]) ?? .null }) }
        @Sendable func alone(_ make: @escaping @Sendable () -> TemplateValue) -> TemplateValue { .deferred(DeferredValue(make)) }
        // Every field from the full analysis, but those that can be computed alone.
        var fields = [String: TemplateValue](minimumCapacity: CaseAnalysis.templateFields.count)
        for (key, _) in CaseAnalysis.templateFields { fields[key] = fromFull(key) }
        fields["as_of"] = today.templateValue
        fields["home_state"] = theCase.debtor.address.state.templateValue
        // The FDCPA section field by field: a letter reads only `recipient`, which needs no validation window.
        let fdcpa = DeferredValue { CaseAnalyzer.fdcpa(of: shared.value, asOf: today, language: language).templateValue }
        fields["fdcpa"] = .map([
            "jurisdiction": theCase.debtor.address.state.templateValue,
            "collector_status": .deferred(DeferredValue { fdcpa.value.value(at: ["collector_status"]) ?? .null }),
            "parties": .deferred(DeferredValue { fdcpa.value.value(at: ["parties"]) ?? .null }),
            "validation_window": .deferred(DeferredValue { fdcpa.value.value(at: ["validation_window"]) ?? .null }),
            "recipient": alone { CaseAnalyzer.fdcpaRecipient(of: shared.value, language: language)?.templateValue ?? .null },
        ])
        fields["garnishments"] = alone { CaseAnalyzer.garnishments(of: shared.value, asOf: today, language: language).templateValue }
        fields["levies"] = alone { CaseAnalyzer.levies(of: shared.value, asOf: today, language: language).templateValue }
        fields["exemption_claims"] = alone {
            CaseAnalyzer.exemptionClaims(of: shared.value, asOf: today, language: language).templateValue
        }
        fields["timeline"] = alone { CaseAnalyzer.timeline(of: shared.value, language: language).templateValue }
        fields["protection"] = alone {
            let levies = CaseAnalyzer.levies(of: shared.value, asOf: today, language: language)
            return CaseAnalyzer.protection(of: shared.value, levies: levies, language: language).templateValue
        }
        // A deficiency exactly when there is a sale; its amounts alone, the rest (and the deadlines)
        // from the sale's section, without the rest of the analysis.
        let sale = DeferredValue {
            guard let sale = CaseAnalyzer.sale(of: shared.value, asOf: today, language: language) else { return .null }
            return .map(["deficiency": sale.deficiency.templateValue, "deadlines": sale.deadlines.templateValue])
        }
        @Sendable func fromSale(_ path: String...) -> TemplateValue { .deferred(DeferredValue { sale.value.value(at: path) ?? .null }) }
        fields["deficiency"] = nil
        fields["deadlines"] = theCase.sale == nil ? [CaseAnalysis.Deadline]().templateValue : fromSale("deadlines")
        if theCase.sale != nil {
            fields["deficiency"] = alone {
                guard case .map(var deficiency)? = CaseAnalyzer.deficiencyFigures(shared.value)?.templateValue else { return .null }
                for (key, _) in CaseAnalysis.Deficiency.templateFields where deficiency[key] == nil {
                    deficiency[key] = fromSale("deficiency", key)
                }
                return .map(deficiency)
            }
        }
        return .map(fields)
    }
}

/// The case, held once by every deferred part of its context: a closure that captured the case
/// itself would copy it, retaining each of its fields.
final class SharedCase: Sendable {
    let value: Case

    init(_ value: Case) { self.value = value }
}
