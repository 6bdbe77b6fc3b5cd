import CaseModel

extension CaseAnalysis {
    /// What 31 CFR Part 212 protects in one levied account, what else may be exempt, and the claim deadline.
    public struct Levy: Sendable, Hashable, Codable {
        /// The bank or credit union.
        public var bank: String
        /// The last four digits of the account.
        public var accountLast4: String?
        /// The balance when the account was frozen.
        public var balance: Money
        /// The freeze date, taken as the bank's account review date.
        public var frozenOn: CalendarDate?
        /// The first day of the two-month lookback; absent without a freeze date.
        public var lookbackStart: CalendarDate?
        /// The last day of the lookback (the day before the review).
        public var lookbackEnd: CalendarDate?
        /// Covered federal benefits directly deposited in the lookback.
        public var benefitsInLookback: Money?
        /// The amount the bank must leave available: the lesser of those benefits and the balance.
        public var protectedAmount: Money?
        /// The balance frozen beyond the protected amount (balance less protected amount, never
        /// negative): what an exemption claim must win back. Absent when the protection is unknown.
        public var unprotectedBalance: Money?
        /// The protection in one sentence.
        public var summary: String
        /// Deposits outside the automatic protection that may be exempt on a claim, by source.
        public var otherExemptDeposits: [ExemptDeposit]
        /// Whether the protected amount is the whole balance: the bank should not have frozen any of it.
        public var fullyProtected: Bool = false
        /// `fully_protected` in a sentence, with its citation (31 C.F.R. Part 212); absent otherwise.
        public var fullyProtectedSentence: String?
        /// True when `other_exempt_deposits` need not be claimed because the whole balance is protected.
        public var otherExemptDepositsMoot: Bool = false
        /// The last day to claim an exemption, from the levy notice's service or mailing date, when computable.
        public var claimDeadline: CalendarDate?
        /// Days from the "as of" date to `claim_deadline` (negative once it has passed).
        public var claimDaysRemaining: Int?
        /// Whether `claim_deadline` is before the "as of" date.
        public var claimDeadlinePassed: Bool?
        /// The claim deadline in a sentence, or why it cannot be computed; absent when the state has no catalogued deadline.
        public var claimDeadlineSentence: String?
        /// The 31 CFR 212 citations, joined for printing.
        public var citation: String
        /// How well the protection was checked.
        public var confidence: Confidence
        /// Case fields that would let the analysis say more.
        public var missing: [String]
        /// The case's deposits into the account, in date order (a claim lists them so).
        public var deposits: [ListedDeposit] = []

        /// One deposit of the case, as a claim lists it.
        public struct ListedDeposit: Sendable, Hashable, Codable {
            public var date: CalendarDate
            public var amount: Money
            public var source: IncomeSource
            public var directDeposit: Bool

            enum CodingKeys: String, CodingKey {
                case date, amount, source
                case directDeposit = "direct_deposit"
            }
        }

        /// Deposits from one source that may be exempt but must be claimed.
        public struct ExemptDeposit: Sendable, Hashable, Codable {
            /// The income source.
            public var source: IncomeSource
            /// The source's name, in the analysis language ("Other deposits").
            public var sourceLabel: String
            /// Their total.
            public var total: Money
            /// Why they may be exempt.
            public var explanation: String
            /// The citations, joined for printing.
            public var citation: String
            /// How well it was checked.
            public var confidence: Confidence

            enum CodingKeys: String, CodingKey {
                case source, total, explanation, citation, confidence
                case sourceLabel = "source_label"
            }
        }

        enum CodingKeys: String, CodingKey {
            case bank, balance, summary, citation, confidence, missing, deposits
            case accountLast4 = "account_last4", frozenOn = "frozen_on", lookbackStart = "lookback_start"
            case lookbackEnd = "lookback_end", benefitsInLookback = "benefits_in_lookback"
            case protectedAmount = "protected_amount", unprotectedBalance = "unprotected_balance", otherExemptDeposits = "other_exempt_deposits"
            case fullyProtected = "fully_protected", fullyProtectedSentence = "fully_protected_sentence"
            case otherExemptDepositsMoot = "other_exempt_deposits_moot"
            case claimDeadline = "claim_deadline", claimDaysRemaining = "claim_days_remaining"
            case claimDeadlinePassed = "claim_deadline_passed", claimDeadlineSentence = "claim_deadline_sentence"
        }
    }
}
