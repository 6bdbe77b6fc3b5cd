import CaseModel

extension CaseAnalyzer {
    /// Information for the instructions and the intake summary: what a judgment lien on the home or
    /// car means, retirement savings, and taxes on a forgiven or unpaid deficiency.
    static func information(_ theCase: Case, deficiencyStatus: DeficiencyAssessment.Status?, language: AnalysisLanguage) -> [Finding] {
        var out: [Finding] = []
        let state = theCase.debtor.address.state
        let exposed = theCase.judgment != nil || !theCase.actions.liens.isEmpty
        if exposed, theCase.assets.contains(where: { $0.kind == .home }) || !theCase.actions.liens.isEmpty {
            out.append(
                Finding(
                    id: "information.lien_home", topic: .information, sentence: Phrase.claim(.judgmentLienHome(state)).text(in: language),
                    citations: [Citation("\(state.name) homestead exemption (not confirmed)")], confidence: .unknown))
        }
        if exposed, theCase.assets.contains(where: { $0.kind == .vehicle }) {
            out.append(
                Finding(
                    id: "information.lien_vehicle", topic: .information, sentence: Phrase.claim(.judgmentLienVehicle(state)).text(in: language),
                    citations: [Citation("\(state.name) motor-vehicle exemption (not confirmed)")], confidence: .unknown))
        }
        let plans = theCase.assets.compactMap(\.retirementType)
        let erisa = plans.filter { [.plan401k, .plan403b, .pension].contains($0) }
        if !erisa.isEmpty {
            let names = Array(Set(erisa.map(planName))).sorted().joined(separator: ", ")
            out.append(
                Finding(
                    id: "information.retirement", topic: .information, sentence: Phrase.claim(.retirementProtected(types: names)).text(in: language),
                    citations: [Citation("29 U.S.C. § 1056(d)(1)"), Citation("Patterson v. Shumate, 504 U.S. 753 (1992)")], confidence: .secondary))
        }
        if plans.contains(where: { [.ira, .rothIRA, .sepOrSimpleIRA, .plan457b, .tsp, .other].contains($0) }) {
            out.append(
                Finding(
                    id: "information.retirement_state_law", topic: .information, sentence: Phrase.claim(.iraStateLaw(state)).text(in: language),
                    citations: [Citation("\(state.name) exemption for retirement accounts (not confirmed)")], confidence: .unknown))
        }
        if theCase.sale != nil {
            let nonrecourse = deficiencyStatus == .barred || theCase.debt?.texasHomeEquity == true
            let phrase: ClaimPhrase = nonrecourse ? .taxNonrecourse : .taxForgiven
            out.append(
                Finding(
                    id: nonrecourse ? "information.tax_nonrecourse" : "information.tax_forgiven", topic: .information,
                    sentence: Phrase.claim(phrase).text(in: language),
                    citations: [
                        Citation("26 U.S.C. § 61(a)(11)"), Citation("26 U.S.C. § 108"),
                        Citation("IRS Publication 4681", url: "https://www.irs.gov/publications/p4681"),
                    ],
                    confidence: .secondary))
        }
        return out
    }

    /// A retirement type as a reader knows it.
    static func planName(_ type: RetirementType) -> String {
        switch type {
        case .plan401k: return "401(k)"
        case .plan403b: return "403(b)"
        case .pension: return "pension"
        default: return type.rawValue
        }
    }
}
