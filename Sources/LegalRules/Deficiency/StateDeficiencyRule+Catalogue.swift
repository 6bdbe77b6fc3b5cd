import CaseModel

extension StateDeficiencyRule {
    /// Every jurisdiction's rule, sorted by USPS code: 50 states and DC, each exactly once.
    public static let all: [StateDeficiencyRule] =
        (largeStates + groupA + groupB).sorted { $0.jurisdiction < $1.jurisdiction }

    /// The rule for one jurisdiction.
    public static func rule(for jurisdiction: Jurisdiction) -> StateDeficiencyRule {
        // `all` is checked by a test to hold every jurisdiction exactly once.
        all.first { $0.jurisdiction == jurisdiction }!
    }
}
