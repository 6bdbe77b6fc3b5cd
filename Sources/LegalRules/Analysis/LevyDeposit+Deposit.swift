import CaseModel

extension LevyDeposit {
    /// The case file's deposit as the levy calculator sees it; the direct-deposit flag is kept as
    /// written (absent means no), because 31 CFR 212 protects only direct deposits automatically.
    public init(_ deposit: Deposit) {
        self.init(date: deposit.date, amount: deposit.amount, source: deposit.source, directDeposit: deposit.directDeposit)
    }
}
