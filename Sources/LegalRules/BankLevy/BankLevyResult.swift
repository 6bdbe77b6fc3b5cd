import CaseModel

/// What 31 CFR Part 212 protects in a levied account, and which other deposits may be exempt.
public struct BankLevyResult: Sendable, Hashable, Codable {
    /// The lookback period.
    public let lookback: LookbackPeriod
    /// Covered federal benefits directly deposited during the lookback period.
    public let benefitDepositsInLookback: Money
    /// The balance on the review date.
    public let balance: Money
    /// The amount the bank must leave available: the lesser of the two (zero under a 212.4 order).
    public let protectedAmount: Money
    /// Deposits that may be exempt but must be claimed, totalled by source.
    public let possiblyExempt: [PossiblyExempt]
    /// The sentences a letter prints.
    public let findings: [Finding]

    /// Deposits from one source that may be exempt on a claim.
    public struct PossiblyExempt: Sendable, Hashable, Codable {
        /// The source.
        public let source: IncomeSource
        /// Their total.
        public let total: Money
        /// Why they may be exempt.
        public let exemption: DepositExemption
    }
}
