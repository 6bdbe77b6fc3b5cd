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
        var sale = theCase.sale.map { saleAnalysis(theCase, sale: $0, asOf: asOf, language: language) }
        let wages = wageAnalyses(theCase, asOf: asOf, language: language)
        let claims = exemptionClaims(theCase, in: home, asOf: asOf, language: language)
        let levies = levyAnalyses(theCase, asOf: asOf, language: language)
        let fdcpa = fdcpa(theCase, in: home, asOf: asOf, language: language)

        // Gathered into one array sized once, rather than through a chain of `+` and `flatMap`
        // whose every step copied the findings so far into a new array. The sale's findings, usually
        // most of them, are taken over rather than copied: the sale keeps no reference to them.
        var unordered = sale?.findings ?? []
        sale?.findings = []
        unordered.reserveCapacity(
            unordered.count + wages.reduce(0) { $0 + $1.findings.count }
                + levies.reduce(0) { $0 + $1.findings.count } + claims.findings.count + fdcpa.findings.count)
        for wage in wages { unordered += wage.findings }
        for levy in levies { unordered += levy.findings }
        unordered += claims.findings
        unordered += fdcpa.findings
        var missing: [String] = []
        for path in (sale?.missing ?? []) + levies.flatMap(\.missing) + fdcpa.missing where !missing.contains(path) {
            missing.append(path)
        }
        let labelled = missing.map {
            CaseAnalysis.MissingField(path: $0, label: Phrase.timeline(.fieldLabel($0)).text(in: language))
        }
        sortByTopic(&unordered)
        let levySections = levies.map(\.section)
        var analysis = CaseAnalysis(
            asOf: asOf, homeState: home, propertyState: theCase.debt?.propertyState ?? theCase.debt?.propertyAddress?.state,
            findings: unordered, deficiency: sale?.section.deficiency, deadlines: sale?.section.deadlines ?? [],
            garnishments: wages.map(\.section), levies: levySections, exemptionClaims: claims.section,
            fdcpa: fdcpa.section, missing: labelled, timeline: timeline(theCase, language: language),
            protection: protection(theCase, levies: levySections, in: home, language: language))
        analysis.claims = possibleClaims(theCase, asOf: asOf, language: language)
        analysis.information = information(theCase, deficiencyStatus: analysis.deficiency?.status, language: language)
        return analysis
    }

    /// Each wage garnishment of the case, analysed (labelled by employer when there are several).
    static func wageAnalyses(_ theCase: Case, asOf: CalendarDate, language: AnalysisLanguage) -> [Analysed<CaseAnalysis.WageGarnishment>] {
        theCase.actions.garnishments.map {
            garnishment(
                $0, in: theCase.debtor.address.state, asOf: asOf, householdSize: theCase.debtor.householdSize,
                label: theCase.actions.garnishments.count > 1 ? $0.employer : nil, language: language)
        }
    }

    /// Each bank levy of the case, analysed with its claim deadline (labelled by bank when there are several).
    static func levyAnalyses(_ theCase: Case, asOf: CalendarDate, language: AnalysisLanguage) -> [Analysed<CaseAnalysis.Levy>] {
        theCase.actions.levies.enumerated().map { index, levy in
            var analysed = self.levy(levy, index: index, label: theCase.actions.levies.count > 1 ? levy.bank : nil, language: language)
            addClaimDeadline(to: &analysed, levy: levy, index: index, state: theCase.debtor.address.state, asOf: asOf, language: language)
            return analysed
        }
    }

    /// The order topics are reported in.
    static let topicOrder: [Finding.Topic] = [.deficiency, .deadline, .vehicleDeficiency, .wageGarnishment, .bankLevy, .exemptionClaim, .fdcpa]

    /// Groups findings by topic, keeping their order within a topic.
    static func sortByTopic(_ findings: inout [Finding]) {
        // A stable insertion sort that moves findings (remove and insert shift them in memory):
        // the couple of dozen findings arrive nearly in order, and copying them into buckets and a
        // joined array, or swapping them, retained and released each of their strings and arrays.
        var ranks: [Int] = []
        ranks.reserveCapacity(findings.count)
        for i in findings.indices { ranks.append(rank(of: findings[i].topic)) }
        for i in ranks.indices.dropFirst() {
            var j = i
            while j > 0, ranks[j - 1] > ranks[i] { j -= 1 }
            if j != i {
                ranks.insert(ranks.remove(at: i), at: j)
                findings.insert(findings.remove(at: i), at: j)
            }
        }
    }

    /// A topic's place in `topicOrder`.
    private static func rank(of topic: Finding.Topic) -> Int {
        topicOrder.firstIndex(of: topic) ?? topicOrder.count
    }

    /// Prefixes a finding's sentence with the employer or bank it is about, when a case has several.
    static func labelled(_ finding: Finding, _ label: String?) -> Finding {
        guard let label else { return finding }
        return Finding(
            id: finding.id, topic: finding.topic, sentence: .sentence("\(label): \(finding.sentence)"),
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
