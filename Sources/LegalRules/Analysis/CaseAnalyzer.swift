import CaseModel

/// Turns a whole case into a `CaseAnalysis`: the deficiency and its deadlines, wage and bank-levy
/// protections, exemption claims and the FDCPA position, each as cited findings.
///
/// Pure: the "as of" date is an input and nothing reads the clock or the disk. Where the case lacks
/// a fact a rule needs, the analysis says which field is missing instead of assuming it.
public enum CaseAnalyzer {
    /// Analyses `theCase` as of `asOf`, writing every sentence in `language` (English by default;
    /// the facts, figures, citations and keys are the same in every language).
    public static func analyze(_ theCase: Case, asOf: CalendarDate, language: AnalysisLanguage = .english) -> CaseAnalysis {
        let home = theCase.debtor.address.state
        let sale = theCase.sale.map { saleAnalysis(theCase, sale: $0, asOf: asOf, language: language) }
        let wages = theCase.actions.garnishments.map {
            garnishment($0, in: home, householdSize: theCase.debtor.householdSize,
                        label: theCase.actions.garnishments.count > 1 ? $0.employer : nil, language: language)
        }
        let claims = exemptionClaims(theCase, in: home, asOf: asOf, language: language)
        let levies = theCase.actions.levies.enumerated().map { index, levy in
            var analysed = self.levy(levy, index: index, label: theCase.actions.levies.count > 1 ? levy.bank : nil, language: language)
            addClaimDeadline(to: &analysed, levy: levy, index: index, state: home, asOf: asOf, language: language)
            return analysed
        }
        let fdcpa = fdcpa(theCase, in: home, asOf: asOf, language: language)

        let unordered = (sale?.findings ?? []) + wages.flatMap(\.findings) + levies.flatMap(\.findings)
            + claims.findings + fdcpa.findings
        var missing: [String] = []
        for path in (sale?.missing ?? []) + levies.flatMap(\.missing) + fdcpa.missing where !missing.contains(path) {
            missing.append(path)
        }
        let labelled = missing.map {
            CaseAnalysis.MissingField(path: $0, label: Phrase.timeline(.fieldLabel($0)).text(in: language))
        }
        return CaseAnalysis(
            asOf: asOf, homeState: home, propertyState: theCase.debt?.propertyState ?? theCase.debt?.propertyAddress?.state,
            findings: ordered(unordered), deficiency: sale?.section.deficiency, deadlines: sale?.section.deadlines ?? [],
            garnishments: wages.map(\.section), levies: levies.map(\.section), exemptionClaims: claims.section,
            fdcpa: fdcpa.section, missing: labelled, timeline: timeline(theCase, language: language),
            protection: protection(theCase, levies: levies.map(\.section), in: home, language: language))
    }

    /// The order topics are reported in.
    static let topicOrder: [Finding.Topic] = [.deficiency, .deadline, .vehicleDeficiency, .wageGarnishment, .bankLevy, .exemptionClaim, .fdcpa]

    /// Findings grouped by topic, keeping their order within a topic.
    static func ordered(_ findings: consuming [Finding]) -> [Finding] {
        // A stable insertion sort by swapping in place: the couple of dozen findings arrive nearly
        // in order, and a swap moves a finding where copying it into buckets and then into a joined
        // array retained and released each of its strings and arrays twice.
        var out = findings
        for i in out.indices.dropFirst() {
            var j = i
            while j > 0, rank(of: out[j - 1].topic) > rank(of: out[j].topic) {
                out.swapAt(j - 1, j)
                j -= 1
            }
        }
        return out
    }

    /// A topic's place in `topicOrder`.
    private static func rank(of topic: Finding.Topic) -> Int {
        topicOrder.firstIndex(of: topic) ?? topicOrder.count
    }

    /// Prefixes a finding's sentence with the employer or bank it is about, when a case has several.
    static func labelled(_ finding: Finding, _ label: String?) -> Finding {
        guard let label else { return finding }
        return Finding(id: finding.id, topic: finding.topic, sentence: "\(label): \(finding.sentence)",
                       figures: finding.figures, citations: finding.citations, confidence: finding.confidence)
    }
}

/// One analysed part of a case: its section, its findings, and the case fields it missed.
struct Analysed<Section> {
    /// The structured section.
    var section: Section
    /// Its findings, in order.
    var findings: [Finding]
    /// Dotted case paths that were needed but absent.
    var missing: [String] = []
}
