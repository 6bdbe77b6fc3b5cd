import CaseModel

extension CaseAnalyzer {
    /// The likely protection of each income item and asset, from the catalogues only: the home state's
    /// wage rule, the federal benefit exemptions (DepositExemption), 31 C.F.R. Part 212 for accounts that
    /// receive benefits by direct deposit, ERISA for private plans; everything else is said to be unknown.
    static func protection(
        _ theCase: Case, levies: [CaseAnalysis.Levy], in state: Jurisdiction,
        language: AnalysisLanguage
    ) -> [CaseAnalysis.Protection] {
        var out: [CaseAnalysis.Protection] = []
        out.reserveCapacity(theCase.income.count + theCase.assets.count)
        for item in theCase.income { out.append(income(item, in: state, language: language)) }
        for item in theCase.assets { out.append(asset(item, levies: levies, in: state, language: language)) }
        return out
    }

    private typealias Verdict = (status: CaseAnalysis.Protection.Status, phrase: ProtectionPhrase, citations: [Citation], confidence: Confidence)

    /// One income item.
    private static func income(_ item: IncomeItem, in state: Jurisdiction, language: AnalysisLanguage) -> CaseAnalysis.Protection {
        let name =
            item.source == .other
            ? (language == .spanish ? "Otros ingresos" : "Other income")
            : Phrase.protection(.sourceName(item.source)).text(in: language)
        let label = item.payer.map { .sentence("\(name) (\($0))") } ?? name
        let v = incomeVerdict(item.source, in: state)
        return CaseAnalysis.Protection(
            label: label, category: .income, kind: item.source.rawValue, status: v.status,
            sentence: Phrase.protection(v.phrase).text(in: language),
            citation: v.citations.isEmpty ? nil : v.citations.joinedText, confidence: v.confidence)
    }

    private static func incomeVerdict(_ source: IncomeSource, in state: Jurisdiction) -> Verdict {
        let exemption = DepositExemption.exemption(for: source)
        // Statutes and regulations only: the CFPB consumer page is guidance, not authority.
        // (A closure, so wages, which cite their own rules, skip the filtering.)
        let cited = { exemption.citations.filter { !$0.text.hasPrefix("CFPB") } }
        switch source {
        case .wages:
            let rule = StateWageGarnishmentRule.rule(for: state)
            if rule.kind == .barredForConsumerDebt {
                return (.exempt, .wagesBarred(state, summary: rule.summary), rule.citations, rule.confidence)
            }
            return (.partly, .wagesFederalFloor(state, state: rule.kind), FederalWageGarnishmentLimit.citations, .statute)
        case _ where exemption.automaticallyProtected:
            return (.exempt, .federalBenefit(explanation: exemption.explanation), cited(), exemption.confidence)
        case .statePension, .unemployment, .childSupport, .publicAssistance:
            if state == .NY {
                return (.exempt, .listedOnNewYorkNotice(source), [Citation("N.Y. CPLR 5222-a; Exemption Notice")], .secondary)
            }
            return (
                .unknown, .stateLawNotComputed(explanation: exemption.explanation), cited(),
                exemption.confidence == .statute ? .secondary : exemption.confidence
            )
        default:
            return (
                .unknown, .stateLawNotComputed(explanation: exemption.explanation), cited(),
                exemption.confidence == .statute ? .secondary : exemption.confidence
            )
        }
    }

    /// One asset.
    private static func asset(
        _ asset: Asset, levies: [CaseAnalysis.Levy], in state: Jurisdiction,
        language: AnalysisLanguage
    ) -> CaseAnalysis.Protection {
        let v = assetVerdict(asset, levies: levies, in: state)
        return CaseAnalysis.Protection(
            label: asset.description, category: .asset, kind: asset.kind.rawValue, status: v.status,
            sentence: Phrase.protection(v.phrase).text(in: language),
            citation: v.citations.isEmpty ? nil : v.citations.joinedText, confidence: v.confidence)
    }

    private static let erisa = [Citation("29 U.S.C. § 1056(d)(1)"), Citation("Guidry v. Sheet Metal Workers, 493 U.S. 365 (1990)")]

    private static func assetVerdict(_ asset: Asset, levies: [CaseAnalysis.Levy], in state: Jurisdiction) -> Verdict {
        switch asset.kind {
        case .bankAccount:
            // Part 212 reaches an account only through a levy on it whose lookback found direct-deposited benefits.
            let levy = levies.first { l in
                asset.accountLast4 != nil && l.accountLast4 == asset.accountLast4 && (l.benefitsInLookback ?? .zero) > .zero
            }
            guard let levy, let protected = levy.protectedAmount else {
                return (.unknown, .accountSourceUnknown, [], .unknown)
            }
            return (
                levy.fullyProtected ? .exempt : .partly,
                .accountWithBenefits(protected: protected, balance: levy.balance, whole: levy.fullyProtected),
                [Citation("31 C.F.R. Part 212")], .statute
            )
        case .retirementAccount:
            switch asset.retirementType {
            case .plan401k?: return (.exempt, .erisaPlan, erisa, .statute)
            case .plan403b?: return (.unknown, .plan403b, [], .unknown)
            case .plan457b?: return governmental(in: state)
            case .ira?, .rothIRA?, .sepOrSimpleIRA?: return (.unknown, .ira, [], .secondary)
            case .tsp?: return (.unknown, .tsp, [], .unknown)
            case .pension?:
                return looksGovernmental(asset.description) ? governmental(in: state) : (.unknown, .pensionSponsorUnknown, erisa, .secondary)
            case .other?, nil: return (.unknown, .retirementKindUnknown, [], .unknown)
            }
        case .home: return (.unknown, .homestead, [], .unknown)
        case .vehicle: return (.unknown, .vehicle, [], .unknown)
        case .other: return (.unknown, .otherAsset, [], .unknown)
        }
    }

    /// A governmental plan is not an ERISA plan; New York's Exemption Notice lists pensions (legal-notes §2.6 [C]).
    private static func governmental(in state: Jurisdiction) -> Verdict {
        state == .NY
            ? (.exempt, .governmentalPlanNewYork, [Citation("N.Y. CPLR 5222-a; Exemption Notice")], .secondary)
            : (.unknown, .governmentalPlan, [], .unknown)
    }

    /// Whether a pension's description names a public employer's system ("New York State and Local Retirement System").
    static func looksGovernmental(_ description: String) -> Bool {
        let words = description.lowercased()
        return ["state", "county", "city", "municipal", "public employees", "teachers", "retirement system", "police"]
            .contains { words.contains($0) }
    }
}
