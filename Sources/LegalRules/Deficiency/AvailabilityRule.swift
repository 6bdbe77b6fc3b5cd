import CaseModel

/// One rule about whether a deficiency may be sought, and the facts it applies to.
///
/// A state's rules are read in order; the first that fits the facts decides. A rule whose
/// `question` is set also depends on a fact the case file does not hold (acreage, who held the
/// loan), so it can only say the deficiency *may* be barred.
public struct AvailabilityRule: Sendable, Hashable, Codable {
    /// What the rule says about a deficiency.
    public let outcome: Outcome
    /// Loan types it covers; empty means any.
    public let loanTypes: Set<LoanType>
    /// Sale types it covers; empty means any.
    public let saleTypes: Set<SaleType>
    /// Whether it needs owner occupancy (true), needs the opposite (false), or either (nil).
    public let ownerOccupied: Bool?
    /// A yes/no question the case cannot answer yet; "yes" makes the rule apply.
    public let question: String?
    /// The rule in one plain sentence.
    public let explanation: String
    /// Where the rule comes from.
    public let citations: [Citation]
    /// How well it was checked.
    public let confidence: Confidence
    /// Further facts the rule needs, each tested against the case.
    public let requires: [FactTest]

    /// What a rule says about a deficiency.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// No deficiency judgment may be entered.
        case barred
        /// A deficiency may be sought (subject to the state's limits and deadlines).
        case allowed
        /// Not confirmed.
        case unknown
    }

    /// Creates a rule.
    public init(
        _ outcome: Outcome, loanTypes: Set<LoanType> = [], saleTypes: Set<SaleType> = [],
        ownerOccupied: Bool? = nil, question: String? = nil, explanation: String,
        citations: [Citation], confidence: Confidence, requires: [FactTest] = []
    ) {
        self.outcome = outcome
        self.loanTypes = loanTypes
        self.saleTypes = saleTypes
        self.ownerOccupied = ownerOccupied
        self.question = question
        self.explanation = explanation
        self.citations = citations
        self.confidence = confidence
        self.requires = requires
    }

    /// How a rule fits a set of facts.
    public enum Fit: Sendable, Hashable {
        /// The facts are within the rule.
        case applies
        /// The facts are outside the rule.
        case doesNotApply
        /// It would apply if an unknown fact (or the rule's question) were answered yes.
        case mayApply
    }

    /// How this rule fits the facts.
    public func fit(_ facts: DeficiencyFacts) -> Fit {
        if !loanTypes.isEmpty, !loanTypes.contains(facts.loanType) { return .doesNotApply }
        var unsure = question != nil
        if !saleTypes.isEmpty {
            if let sale = facts.saleType {
                if !saleTypes.contains(sale) { return .doesNotApply }
            } else {
                unsure = true
            }
        }
        if let needed = ownerOccupied {
            if let actual = facts.ownerOccupied {
                if actual != needed { return .doesNotApply }
            } else {
                unsure = true
            }
        }
        for test in requires {
            switch test.fit(facts) {
            case .doesNotApply: return .doesNotApply
            case .mayApply: unsure = true
            case .applies: break
            }
        }
        return unsure ? .mayApply : .applies
    }

    /// The question to ask about this rule: its own, else the first required fact the case does not settle.
    public func question(for facts: DeficiencyFacts, in language: AnalysisLanguage) -> String? {
        if let question { return language.rule(question) }
        return requires.first { $0.fit(facts) == .mayApply }?.question(in: language)
    }
}
