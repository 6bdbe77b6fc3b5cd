import CaseModel

/// Whether the party contacting the debtor is likely a "debt collector" under federal and state law.
public enum DebtCollectorStatus {
    private static let fdcpa = Citation("15 U.S.C. § 1692a(6)", url: "https://frrsdigital.com/topic-by-locator/6-1683")
    private static let rosenthal = Citation("Cal. Civ. Code § 1788.2(c)", url: "https://caclf.com/rosenthal-act/amp/")

    /// Findings on the FDCPA (and, in California, the Rosenthal Act) for the contacting party.
    public static func findings(for party: ContactingParty, jurisdiction: Jurisdiction) -> [Finding] {
        var out: [Finding] = []
        switch party {
        case .collectionAgency, .collectionLawFirm:
            out.append(Finding(id: "fdcpa.debt_collector.likely", topic: .fdcpa,
                sentence: "A third party collecting a debt owed to another is likely a \"debt collector\" under the FDCPA, so the federal rules on contact, validation and cease requests apply.",
                citations: [fdcpa], confidence: .statute))
        case .originalCreditor:
            out.append(Finding(id: "fdcpa.debt_collector.unlikely", topic: .fdcpa,
                sentence: "A creditor collecting its own debt is generally not a \"debt collector\" under the FDCPA.",
                citations: [fdcpa, Citation("ABA Banking Journal, CFPB issues guidance to assist with Regulation F compliance (2021)", url: "https://bankingjournal.aba.com/2021/10/cfpb-issues-guidance-to-assist-with-regulation-f-compliance")],
                confidence: .statute))
        case .debtBuyer:
            out.append(Finding(id: "fdcpa.debt_collector.uncertain", topic: .fdcpa,
                sentence: "A debt buyer is not a debt collector merely because it bought defaulted debt, but it may be one if its principal purpose is collecting debts.",
                citations: [fdcpa, Citation("Henson v. Santander Consumer USA, 582 U.S. 79 (2017)")], confidence: .secondary))
        case .servicerBeforeDefault:
            out.append(Finding(id: "fdcpa.debt_collector.unlikely", topic: .fdcpa,
                sentence: "A servicer that took over the account before it was in default is generally outside the FDCPA.",
                citations: [Citation("15 U.S.C. § 1692a(6)(F)(iii)")], confidence: .secondary))
        case .unknown:
            out.append(Finding(id: "fdcpa.debt_collector.unknown", topic: .fdcpa,
                sentence: "Whether the FDCPA applies depends on who is collecting: a third party or debt buyer usually, the original lender usually not.",
                citations: [fdcpa], confidence: .statute))
        }
        if jurisdiction == .CA {
            let attorney = party == .collectionLawFirm
            out.append(Finding(id: attorney ? "rosenthal.attorney_excluded" : "rosenthal.covered", topic: .fdcpa,
                sentence: attorney
                    ? "California's Rosenthal Act excludes attorneys from its definition of debt collector, though a law firm may still be covered by the federal FDCPA."
                    : "California's Rosenthal Act covers anyone who regularly collects consumer debts for itself or for others, so it reaches original creditors too.",
                citations: [rosenthal, Citation("Privacy Rights Clearinghouse, Rosenthal Act", url: "https://privacyrights.org/resources/rosenthal-fair-debt-collection-practices-act-california")],
                confidence: .statute))
        }
        return out
    }
}
