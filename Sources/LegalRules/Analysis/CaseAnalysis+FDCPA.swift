import CaseModel

extension CaseAnalysis {
    /// The Fair Debt Collection Practices Act position: who is collecting, and the validation window.
    public struct FDCPA: Sendable, Hashable, Codable {
        /// The state whose collection law was checked too (the debtor's home state).
        public var jurisdiction: Jurisdiction
        /// Whether the main party contacting the debtor is likely a "debt collector", in one sentence.
        public var collectorStatus: String
        /// Each party that contacted the debtor (or, without contacts, each collector named in the case).
        public var parties: [ContactingPartyStatus]
        /// The 30-day window to dispute the debt.
        public var validationWindow: ValidationWindowStatus
        /// The party letters go to, with what a letter may say about the law that governs it; nil
        /// when no party is collecting.
        public var recipient: Recipient?

        /// One party's role, name and likely status.
        public struct ContactingPartyStatus: Sendable, Hashable, Codable {
            /// The case-file role (`collector`, `collection_attorney`…) or the name as written.
            public var role: String
            /// The party's name, when the case has it.
            public var name: String?
            /// What kind of party this is for the FDCPA.
            public var kind: ContactingParty
            /// Whether it is likely a debt collector, in one sentence.
            public var sentence: String
            /// The state-law position, when the state has its own act (California's Rosenthal Act).
            public var stateLaw: String?
            /// The state law's own citations (Cal. Civ. Code § 1788.2(c)…), joined for printing.
            public var stateLawCitation: String?
            /// How well the state-law position was checked.
            public var stateLawConfidence: Confidence?
            /// The citations, joined for printing.
            public var citation: String
            /// How well it was checked.
            public var confidence: Confidence

            enum CodingKeys: String, CodingKey {
                case role, name, kind, sentence, citation, confidence
                case stateLaw = "state_law", stateLawCitation = "state_law_citation", stateLawConfidence = "state_law_confidence"
            }
        }

        /// Whether the 30-day validation window is open on the "as of" date.
        public struct ValidationWindowStatus: Sendable, Hashable, Codable {
            /// True or false when the end date is known; absent otherwise.
            public var open: Bool?
            /// When the debtor received the validation notice.
            public var received: CalendarDate?
            /// The last day of the window.
            public var ends: CalendarDate?
            /// Days from the "as of" date to `ends` (negative once closed).
            public var daysRemaining: Int?
            /// Whether `ends` is estimated as received + 30 days rather than read from the notice.
            public var estimated: Bool
            /// The window in one sentence.
            public var sentence: String
            /// The citations, joined for printing.
            public var citation: String
            /// How well it was checked.
            public var confidence: Confidence

            enum CodingKeys: String, CodingKey {
                case open, received, ends, estimated, sentence, citation, confidence
                case daysRemaining = "days_remaining"
            }
        }

        enum CodingKeys: String, CodingKey {
            case jurisdiction, parties, recipient
            case collectorStatus = "collector_status", validationWindow = "validation_window"
        }
    }
}
