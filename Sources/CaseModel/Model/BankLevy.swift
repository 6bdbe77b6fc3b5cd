/// A bank levy, restraint or freeze on one of the debtor's accounts.
public struct BankLevy: Sendable, Hashable, Encodable {
    /// The bank or credit union.
    public var bank: String
    /// The last four digits of the account (never the full number).
    public var accountLast4: String?
    /// The balance when the account was frozen.
    public var balance: Money
    /// The date the bank froze the account (31 CFR 212's two-month lookback runs back from it).
    public var frozenOn: CalendarDate?
    /// The date the bank reviewed the account under 31 CFR 212.5, when it differs from the freeze date
    /// (the two-month lookback runs back from the review).
    public var reviewedOn: CalendarDate?
    /// Deposits into the account over the last two months or so, by source.
    public var deposits: [Deposit]
    /// The date the levy notice was served on the debtor, or mailed (exemption-claim deadlines run from it).
    public var noticeServedOn: CalendarDate?
    /// Whether the notice was handed over in person or mailed.
    public var noticeService: LevyNoticeService?

    /// Creates a levy.
    public init(
        bank: String, accountLast4: String? = nil, balance: Money, frozenOn: CalendarDate? = nil,
        deposits: [Deposit] = [], noticeServedOn: CalendarDate? = nil, noticeService: LevyNoticeService? = nil,
        reviewedOn: CalendarDate? = nil
    ) {
        self.bank = bank
        self.accountLast4 = accountLast4
        self.balance = balance
        self.frozenOn = frozenOn
        self.deposits = deposits
        self.noticeServedOn = noticeServedOn
        self.noticeService = noticeService
        self.reviewedOn = reviewedOn
    }

    enum CodingKeys: String, CodingKey {
        case bank, balance, deposits
        case accountLast4 = "account_last4", frozenOn = "frozen_on"
        case noticeServedOn = "notice_served_on", noticeService = "notice_service", reviewedOn = "reviewed_on"
    }
}
