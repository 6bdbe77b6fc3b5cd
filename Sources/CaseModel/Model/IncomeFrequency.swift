/// How often an income item is paid.
public enum IncomeFrequency: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every week.
    case weekly
    /// Every two weeks.
    case biweekly
    /// Twice a month.
    case semimonthly
    /// Once a month.
    case monthly
    /// Once a year.
    case annual

    /// How many payments a year.
    public var timesPerYear: Int {
        switch self {
        case .weekly: return 52
        case .biweekly: return 26
        case .semimonthly: return 24
        case .monthly: return 12
        case .annual: return 1
        }
    }

    /// The pay period with the same cadence, for garnishment arithmetic (nil for annual).
    public var payPeriod: PayPeriod? { PayPeriod(rawValue: rawValue) }
}
