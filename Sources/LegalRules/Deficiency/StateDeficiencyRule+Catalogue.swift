import CaseModel

extension StateDeficiencyRule {
    /// Every jurisdiction's rule, sorted by USPS code: 50 states and DC, each exactly once.
    public static let all: [StateDeficiencyRule] =
        (largeStates + groupA + groupB).sorted { $0.jurisdiction < $1.jurisdiction }

    /// The rule for one jurisdiction.
    public static func rule(for jurisdiction: Jurisdiction) -> StateDeficiencyRule {
        // `all` is checked by a test to hold every jurisdiction exactly once.
        byJurisdiction[jurisdiction]!
    }

    // Built once: a linear `first` over `all` copied each rule it passed, for every sale analysed.
    private static let byJurisdiction = Dictionary(all.map { ($0.jurisdiction, $0) }, uniquingKeysWith: { first, _ in first })
}
