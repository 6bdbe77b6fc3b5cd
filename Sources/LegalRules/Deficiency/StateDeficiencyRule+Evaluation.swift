import CaseModel

/// The verdict of a state's rules on one set of facts.
public struct DeficiencyAssessment: Sendable, Hashable, Codable {
    /// The verdict.
    public let status: Status
    /// The rule that decided it, if any.
    public let decidingRule: AvailabilityRule?
    /// Bars that would apply if an open question were answered yes (or an unknown fact were known).
    public let possibleBars: [AvailabilityRule]

    /// Whether a deficiency may be sought.
    public enum Status: String, Sendable, Hashable, Codable {
        /// A rule bars the deficiency on these facts.
        case barred
        /// A bar may apply, depending on a fact the case does not hold.
        case mayBeBarred = "may_be_barred"
        /// A deficiency may be sought (subject to limits and deadlines).
        case allowed
        /// The catalogue has no confirmed rule for these facts.
        case unknown
    }
}

extension StateDeficiencyRule {
    /// Applies the state's rules to the facts: the first rule that surely fits decides, and bars that
    /// only may fit on the way are reported as open questions.
    public func assess(_ facts: DeficiencyFacts) -> DeficiencyAssessment {
        var possible: [AvailabilityRule] = []
        for rule in availability {
            switch rule.fit(facts) {
            case .doesNotApply:
                continue
            case .mayApply:
                if rule.outcome == .barred { possible.append(rule) }
            case .applies:
                switch rule.outcome {
                case .barred:
                    return DeficiencyAssessment(status: .barred, decidingRule: rule, possibleBars: possible)
                case .allowed:
                    return DeficiencyAssessment(
                        status: possible.isEmpty ? .allowed : .mayBeBarred,
                        decidingRule: rule, possibleBars: possible)
                case .unknown:
                    return DeficiencyAssessment(
                        status: possible.isEmpty ? .unknown : .mayBeBarred,
                        decidingRule: rule, possibleBars: possible)
                }
            }
        }
        return DeficiencyAssessment(
            status: possible.isEmpty ? .unknown : .mayBeBarred,
            decidingRule: nil, possibleBars: possible)
    }

    /// The fair-value rule that applies (or may apply) to the facts, if any.
    public func fairValueRule(for facts: DeficiencyFacts) -> (rule: FairValueRule, certain: Bool)? {
        for rule in fairValue {
            switch rule.applies(to: facts) {
            case true?: return (rule, true)
            case nil: return (rule, false)
            case false?: continue
            }
        }
        return nil
    }

    /// The deadlines that apply to a sale type (all of them when the sale type is unknown).
    public func deadlines(for saleType: SaleType?) -> [DeadlineRule] {
        deadlines.filter { $0.applies(to: saleType) }
    }

    /// Findings for a case: whether the deficiency is barred, and any open questions.
    public func findings(for facts: DeficiencyFacts, language: AnalysisLanguage = .english) -> [Finding] {
        let verdict = assess(facts)
        var out: [Finding] = []
        switch verdict.status {
        case .barred:
            let rule = verdict.decidingRule!
            out.append(
                Finding(
                    id: "deficiency.barred", topic: .deficiency,
                    sentence: Phrase.barred(jurisdiction, explanation: rule.explanation).text(in: language),
                    citations: rule.citations, confidence: rule.confidence))
        case .allowed:
            let rule = verdict.decidingRule!
            out.append(
                Finding(
                    id: "deficiency.allowed", topic: .deficiency,
                    sentence: Phrase.allowed(jurisdiction, explanation: rule.explanation).text(in: language),
                    citations: rule.citations, confidence: rule.confidence))
        case .mayBeBarred, .unknown:
            if let rule = verdict.decidingRule {
                out.append(
                    Finding(
                        id: rule.outcome == .allowed ? "deficiency.allowed_otherwise" : "deficiency.unknown",
                        topic: .deficiency,
                        sentence: Phrase.otherwise(jurisdiction, allowed: rule.outcome == .allowed, explanation: rule.explanation).text(in: language),
                        citations: rule.citations,
                        confidence: rule.outcome == .allowed ? rule.confidence : .unknown))
            } else if verdict.possibleBars.isEmpty {
                out.append(
                    Finding(
                        id: "deficiency.unknown", topic: .deficiency,
                        sentence: Phrase.verdictUnknown(jurisdiction).text(in: language),
                        citations: citations, confidence: .unknown))
            }
        }
        for (i, bar) in verdict.possibleBars.enumerated() {
            out.append(
                Finding(
                    id: "deficiency.may_be_barred.\(i + 1)", topic: .deficiency,
                    sentence: Phrase.mayBeBarred(jurisdiction, explanation: bar.explanation, question: bar.question(for: facts, in: language)).text(
                        in: language),
                    citations: bar.citations, confidence: bar.confidence))
        }
        return out
    }
}
