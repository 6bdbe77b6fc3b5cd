/// Markdown tables generated from the catalogues, so docs/legal-rules.md can be checked against the data.
public enum LegalRulesReport {
    /// One row per jurisdiction: summary, deadlines, citations and confidence of the deficiency rule.
    public static func deficiencyTable() -> String {
        var out = "| State | Deficiency rule | Deadlines | Citations | Confidence |\n|---|---|---|---|---|\n"
        for rule in StateDeficiencyRule.all {
            let deadlines = rule.deadlines.isEmpty ? "not confirmed"
                : rule.deadlines.map { "\($0.periodDescription) (\($0.party == .debtor ? "debtor" : "lender"), \($0.confidence.rawValue))" }.joined(separator: "; ")
            let cites = rule.citations.map(\.text).joined(separator: "; ")
            out += "| \(rule.jurisdiction.code) | \(escape(rule.summary)) | \(escape(deadlines)) | \(escape(cites)) | \(rule.confidence.rawValue) |\n"
        }
        return out
    }

    /// One row per jurisdiction for wage garnishment.
    public static func wageTable() -> String {
        var out = "| State | Rule | Citations | Confidence |\n|---|---|---|---|\n"
        for rule in StateWageGarnishmentRule.all {
            let kind: String
            switch rule.kind {
            case .sameAsFederal: kind = "same as federal"
            case .formula: kind = "stricter (computed)"
            case .barredForConsumerDebt: kind = "barred for consumer debt"
            case .stricterNotComputed: kind = "stricter (not computed)"
            case .unknown: kind = "unknown"
            }
            out += "| \(rule.jurisdiction.code) | \(kind): \(escape(rule.summary)) | \(escape(rule.citations.map(\.text).joined(separator: "; "))) | \(rule.confidence.rawValue) |\n"
        }
        return out
    }

    /// Counts of deficiency rules by confidence, such as "statute: 30".
    public static func deficiencyCounts() -> [Confidence: Int] {
        Dictionary(grouping: StateDeficiencyRule.all, by: \.confidence).mapValues(\.count)
    }

    private static func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
}
