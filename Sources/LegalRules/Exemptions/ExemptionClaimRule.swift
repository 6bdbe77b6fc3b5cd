import CaseModel

/// How and by when a debtor claims an exemption after a bank levy or wage garnishment in one state.
public struct ExemptionClaimRule: Sendable, Hashable, Codable {
    /// The state (or DC).
    public let jurisdiction: Jurisdiction
    /// Bank levy or wage garnishment.
    public let action: Action
    /// What is filed, and where.
    public let procedure: String
    /// The filing deadline; nil when none was found or the statute sets none.
    public let deadline: DeadlineRule?
    /// The deadline when the notice was served by mail, where the statute sets a different one
    /// (California: 20 days instead of 15); nil when the catalogue has no separate mail rule.
    public let mailedDeadline: DeadlineRule?
    /// Official forms by name or number, where confirmed.
    public let forms: [String]
    /// Where it comes from.
    public let citations: [Citation]
    /// How well the deadline (or its absence) was checked.
    public let confidence: Confidence

    /// The collection action the claim answers.
    public enum Action: String, Sendable, Hashable, Codable {
        /// A levy, restraint or garnishment of a bank account (or other property).
        case bankLevy = "bank_levy"
        /// A wage garnishment.
        case wageGarnishment = "wage_garnishment"
    }

    /// Creates a rule.
    public init(
        _ jurisdiction: Jurisdiction, _ action: Action, procedure: String, deadline: DeadlineRule?,
        mailedDeadline: DeadlineRule? = nil, forms: [String] = [], citations: [Citation], confidence: Confidence
    ) {
        self.mailedDeadline = mailedDeadline
        self.jurisdiction = jurisdiction
        self.action = action
        self.procedure = procedure
        self.deadline = deadline
        self.forms = forms
        self.citations = citations
        self.confidence = confidence
    }

    /// The rules for a state and action (empty when none is catalogued).
    public static func rules(for jurisdiction: Jurisdiction, action: Action) -> [ExemptionClaimRule] {
        byStateAndAction[StateAndAction(jurisdiction: jurisdiction, action: action)] ?? []
    }

    /// The key of `byStateAndAction`.
    private struct StateAndAction: Hashable {
        var jurisdiction: Jurisdiction
        var action: Action
    }

    // Built once, keeping the catalogue's order within a key: filtering all of `all` copied every
    // rule, several times per record.
    private static let byStateAndAction = Dictionary(grouping: all) {
        StateAndAction(jurisdiction: $0.jurisdiction, action: $0.action)
    }

    /// A finding for a state and action, computing the deadline from the triggering date when given.
    public static func findings(
        for jurisdiction: Jurisdiction, action: Action, triggerDate: CalendarDate?,
        asOf: CalendarDate, language: AnalysisLanguage = .english
    ) -> [Finding] {
        let rules = rules(for: jurisdiction, action: action)
        guard !rules.isEmpty else {
            return [
                Finding(
                    id: "exemption_claim.unknown", topic: .exemptionClaim,
                    sentence: Phrase.claimUnknown(jurisdiction).text(in: language),
                    citations: [Citation("no confirmed rule (unknown)")], confidence: .unknown)
            ]
        }
        return rules.map { rule in
            if let deadline = rule.deadline {
                let computed = DeficiencyDeadline(rule: deadline, triggerDate: triggerDate, asOf: asOf, jurisdiction: jurisdiction, language: language)
                return Finding(
                    id: "exemption_claim.deadline", topic: .exemptionClaim,
                    sentence: Phrase.claimWithDeadline(procedure: rule.procedure, deadline: computed.finding.sentence, forms: rule.forms).text(in: language),
                    figures: computed.finding.figures, citations: rule.citations, confidence: rule.confidence)
            }
            return Finding(
                id: "exemption_claim.no_fixed_deadline", topic: .exemptionClaim,
                sentence: Phrase.claimWithoutDeadline(procedure: rule.procedure, forms: rule.forms).text(in: language), citations: rule.citations,
                confidence: rule.confidence)
        }
    }
}
