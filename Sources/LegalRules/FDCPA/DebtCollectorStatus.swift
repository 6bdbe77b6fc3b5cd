import CaseModel

/// Whether the party contacting the debtor is likely a "debt collector" under federal and state law.
public enum DebtCollectorStatus {
    private static let fdcpa = Citation("15 U.S.C. § 1692a(6)", url: "https://frrsdigital.com/topic-by-locator/6-1683")
    private static let rosenthal = Citation("Cal. Civ. Code § 1788.2(c)", url: "https://caclf.com/rosenthal-act/amp/")

    /// Findings on the FDCPA (and, in California, the Rosenthal Act) for the contacting party.
    public static func findings(
        for party: ContactingParty, jurisdiction: Jurisdiction,
        language: AnalysisLanguage = .english
    ) -> [Finding] {
        // The findings depend only on the kind of party, the state and the language: built once,
        // shared by every record (copying the array shares its storage).
        (language == .spanish ? spanish : english)[jurisdiction]![party]!
    }

    private static let english = Dictionary(uniqueKeysWithValues: Jurisdiction.allCases.map { ($0, table(.english, in: $0)) })
    private static let spanish = Dictionary(uniqueKeysWithValues: Jurisdiction.allCases.map { ($0, table(.spanish, in: $0)) })

    /// The findings for every kind of party, in a language, in a state.
    private static func table(_ language: AnalysisLanguage, in jurisdiction: Jurisdiction) -> [ContactingParty: [Finding]] {
        Dictionary(uniqueKeysWithValues: ContactingParty.allCases.map { ($0, makeFindings(for: $0, jurisdiction: jurisdiction, language: language)) })
    }

    private static func makeFindings(
        for party: ContactingParty, jurisdiction: Jurisdiction,
        language: AnalysisLanguage
    ) -> [Finding] {
        var out: [Finding] = []
        switch party {
        case .collectionAgency, .collectionLawFirm:
            out.append(
                Finding(
                    id: "fdcpa.debt_collector.likely", topic: .fdcpa,
                    sentence: Phrase.collectorLikely.text(in: language),
                    citations: [fdcpa], confidence: .statute))
        case .originalCreditor:
            out.append(
                Finding(
                    id: "fdcpa.debt_collector.unlikely", topic: .fdcpa,
                    sentence: Phrase.collectorUnlikely.text(in: language),
                    citations: [
                        fdcpa,
                        Citation(
                            "ABA Banking Journal, CFPB issues guidance to assist with Regulation F compliance (2021)",
                            url: "https://bankingjournal.aba.com/2021/10/cfpb-issues-guidance-to-assist-with-regulation-f-compliance"),
                    ],
                    confidence: .statute))
        case .debtBuyer:
            out.append(
                Finding(
                    id: "fdcpa.debt_collector.uncertain", topic: .fdcpa,
                    sentence: Phrase.collectorUncertain.text(in: language),
                    citations: [fdcpa, Citation("Henson v. Santander Consumer USA, 582 U.S. 79 (2017)")], confidence: .secondary))
        case .servicerBeforeDefault:
            out.append(
                Finding(
                    id: "fdcpa.debt_collector.unlikely", topic: .fdcpa,
                    sentence: Phrase.servicerBeforeDefault.text(in: language),
                    citations: [Citation("15 U.S.C. § 1692a(6)(F)(iii)")], confidence: .secondary))
        case .unknown:
            out.append(
                Finding(
                    id: "fdcpa.debt_collector.unknown", topic: .fdcpa,
                    sentence: Phrase.collectorUnknown.text(in: language),
                    citations: [fdcpa], confidence: .statute))
        }
        if jurisdiction == .CA {
            let attorney = party == .collectionLawFirm
            out.append(
                Finding(
                    id: attorney ? "rosenthal.attorney_excluded" : "rosenthal.covered", topic: .fdcpa,
                    sentence: (attorney ? Phrase.rosenthalAttorneyExcluded : Phrase.rosenthalCovered).text(in: language),
                    citations: [rosenthal] + (attorney ? [] : [Citation("Cal. Civ. Code § 1788.17 (incorporated FDCPA range unconfirmed)")])
                        + [
                            Citation(
                                "Privacy Rights Clearinghouse, Rosenthal Act",
                                url: "https://privacyrights.org/resources/rosenthal-fair-debt-collection-practices-act-california")
                        ],
                    confidence: .statute))
        } else if let state = stateLawFinding(for: party, jurisdiction: jurisdiction, language: language) {
            out.append(state)
        }
        return out
    }

    /// The state's own collection law for this kind of party (California's Rosenthal Act is above):
    /// whether it reaches the party and what it adds; unknown only matters where the FDCPA may not apply.
    static func stateLawFinding(for party: ContactingParty, jurisdiction: Jurisdiction, language: AnalysisLanguage) -> Finding? {
        let rule = StateCollectionLawRule.rule(for: jurisdiction)
        let creditorSide = party == .originalCreditor || party == .debtBuyer || party == .servicerBeforeDefault
        guard let law = rule.lawName else {
            guard creditorSide else { return nil }
            return Finding(
                id: "state_collection_law.unknown", topic: .fdcpa, sentence: Phrase.stateLawUnknown(jurisdiction).text(in: language),
                citations: rule.citations, confidence: .unknown)
        }
        if party == .collectionLawFirm, rule.reachesAttorneys == false {
            return Finding(
                id: "state_collection_law.attorney_excluded", topic: .fdcpa,
                sentence: Phrase.stateLawExcludesAttorneys(jurisdiction, law: law).text(in: language),
                citations: rule.citations, confidence: rule.confidence)
        }
        if creditorSide, party != .debtBuyer, rule.reachesOriginalCreditors == false {
            return Finding(
                id: "state_collection_law.not_creditors", topic: .fdcpa,
                sentence: Phrase.stateLawNotCreditors(jurisdiction, law: law).text(in: language),
                citations: rule.citations, confidence: rule.confidence)
        }
        if creditorSide, rule.reachesOriginalCreditors != true {
            return Finding(
                id: "state_collection_law.creditors_unconfirmed", topic: .fdcpa,
                sentence: Phrase.stateLawCreditorsUnconfirmed(jurisdiction, law: law).text(in: language),
                citations: rule.citations, confidence: .unknown)
        }
        guard party != .unknown || rule.reachesOriginalCreditors == true else { return nil }
        let agency = party == .collectionAgency
        return Finding(
            id: "state_collection_law.covered", topic: .fdcpa,
            sentence: Phrase.stateLawCovers(jurisdiction, law: law, duties: rule.addedDuties + (agency ? rule.thirdPartyDuties : []))
                .text(in: language),
            citations: rule.citations + (agency ? rule.thirdPartyCitations : []), confidence: rule.confidence)
    }
}
