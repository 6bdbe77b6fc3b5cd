/// Markdown tables generated from the catalogues, so docs/legal-rules.md can be checked against the data.
public enum LegalRulesReport {
    /// One row per jurisdiction: summary, deadlines, citations and confidence of the deficiency rule.
    public static func deficiencyTable() -> String {
        var out = "| State | Deficiency rule | Deadlines | Citations | Confidence |\n|---|---|---|---|---|\n"
        for rule in StateDeficiencyRule.all {
            let general = GeneralLimitation.entry(for: rule.jurisdiction).map {
                "\($0.description) (\($0.citations.map(\.text).joined(separator: "; ")); lender, \($0.confidence.rawValue))"
            }
            let deadlines =
                rule.deadlines.isEmpty
                ? general ?? "not confirmed"
                : rule.deadlines.map { "\($0.periodDescription) (\($0.party == .debtor ? "debtor" : "lender"), \($0.confidence.rawValue))" }.joined(
                    separator: "; ")
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
            out +=
                "| \(rule.jurisdiction.code) | \(kind): \(escape(rule.summary)) | \(escape(rule.citations.map(\.text).joined(separator: "; "))) | \(rule.confidence.rawValue) |\n"
        }
        return out
    }

    /// One row per jurisdiction for bank-account exemptions beyond 31 CFR Part 212.
    public static func bankTable() -> String {
        var out = "| State | Automatic | On a claim | Wildcard | Citations | Confidence |\n|---|---|---|---|---|---|\n"
        for rule in BankAccountExemptionRule.all {
            let cells = [rule.automatic, rule.claimable, rule.wildcard].map { escape($0 ?? "—") }
            let cited = rule.citations.map(\.text).joined(separator: "; ")
            let cites: String
            switch rule.kind {
            case .unknown: cites = "unknown: " + rule.notes.joined(separator: " ")
            case .noneFound: cites = "none found beyond benefit-source exemptions: " + cited
            case .stricterThanFederal: cites = cited
            }
            out += "| \(rule.jurisdiction.code) | \(cells.joined(separator: " | ")) | \(escape(cites)) | \(rule.confidence.rawValue) |\n"
        }
        return out
    }

    /// One row per jurisdiction for the exemption-claim procedure and verification.
    public static func procedureTable() -> String {
        var out =
            "| State | Officer / garnishee | Where to file | Deadline | Hearing | Forms | Verification | Confidence |\n|---|---|---|---|---|---|---|---|\n"
        for rule in ExemptionProcedureRule.all {
            let officers = rule.officers.confirmed ? "\(rule.officers.enforcingOfficer) / \(rule.officers.garnishee)" : "not confirmed"
            let hearing: String
            switch rule.hearing {
            case .debtorMustRequest(let how): hearing = "request: " + how
            case .ifCreditorObjects(let how): hearing = "if creditor objects: " + how
            case .setOnFiling(let how): hearing = "set on filing: " + how
            case .unknown: hearing = "not confirmed"
            }
            let verification: String
            switch rule.verification.kind {
            case .unswornDeclaration: verification = (rule.verification.citation?.text ?? "") + " (\(rule.verification.confidence.rawValue))"
            case .notaryRequired: verification = "notary required"
            case .unknown: verification = "not confirmed (notary jurat)"
            }
            let cells = [
                officers, rule.filingPlace ?? "not confirmed", rule.deadline ?? "not confirmed", hearing,
                rule.forms.isEmpty ? "—" : rule.forms.joined(separator: "; "), verification,
            ]
            out += "| \(rule.jurisdiction.code) | \(cells.map(escape).joined(separator: " | ")) | \(rule.confidence.rawValue) |\n"
        }
        return out
    }

    /// One row per jurisdiction for state collection laws beyond the FDCPA.
    public static func collectionLawTable() -> String {
        var out = "| State | Law | Reaches original creditors | Added duties | Citations | Confidence |\n|---|---|---|---|---|---|\n"
        for rule in StateCollectionLawRule.all {
            let reaches = rule.reachesOriginalCreditors.map { $0 ? "yes" : "no" } ?? "not confirmed"
            let cites =
                rule.lawName == nil
                ? "unknown: " + rule.notes.joined(separator: " ") : (rule.citations + rule.thirdPartyCitations).map(\.text).joined(separator: "; ")
            let duties = rule.addedDuties + rule.thirdPartyDuties.map { "third-party collectors only: " + $0 }
            let cells = [rule.lawName ?? "none confirmed", reaches, duties.isEmpty ? "—" : duties.joined(separator: "; "), cites]
            out += "| \(rule.jurisdiction.code) | \(cells.map(escape).joined(separator: " | ")) | \(rule.confidence.rawValue) |\n"
        }
        return out
    }

    /// Counts of deficiency rules by confidence, such as "statute: 30".
    public static func deficiencyCounts() -> [Confidence: Int] {
        Dictionary(grouping: StateDeficiencyRule.all, by: \.confidence).mapValues(\.count)
    }

    private static func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
}
