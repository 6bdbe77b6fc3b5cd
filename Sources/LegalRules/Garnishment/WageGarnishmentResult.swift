import CaseModel

/// The garnishment limit for one pay and whether the amount withheld exceeds it.
public struct WageGarnishmentResult: Sendable, Hashable, Codable {
    /// The pay period.
    public let period: PayPeriod
    /// Disposable earnings for the pay.
    public let disposable: Money
    /// The federal amount that cannot be garnished (multiple × $7.25).
    public let federalProtectedFloor: Money
    /// The federal maximum for the pay.
    public let federalMaximum: Money
    /// The state's maximum when the catalogue can compute it.
    public let stateMaximum: Money?
    /// Whether `stateMaximum` is only an upper bound (a state minimum wage was needed but not given).
    public let stateMaximumIsUpperBound: Bool
    /// The lesser of the known limits (zero when the state bars garnishment for consumer debt).
    public let maximum: Money
    /// What was actually withheld, if given.
    public let withheld: Money?
    /// How much the withholding exceeds `maximum`, when it does.
    public let overWithheld: Money?
    /// The sentences a letter prints.
    public let findings: [Finding]
}
