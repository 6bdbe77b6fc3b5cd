import CaseModel

extension CaseAnalysis {
    /// How and by when to claim an exemption after one kind of collection action, in the debtor's state.
    public struct ExemptionClaim: Sendable, Hashable, Codable {
        /// Bank levy or wage garnishment.
        public var action: ExemptionClaimRule.Action
        /// The state.
        public var jurisdiction: Jurisdiction
        /// What is filed and where; absent when nothing is catalogued for the state.
        public var procedure: String?
        /// The rule in one sentence, with the deadline or what is needed to compute it.
        public var rule: String
        /// The filing deadline, when the state sets one that is catalogued.
        public var deadline: Deadline?
        /// Official forms, where confirmed.
        public var forms: [String]
        /// The forms in a sentence, such as "Forms: Claim of Exemption (EJ-160).".
        public var formNote: String?
        /// The citations, joined for printing.
        public var citation: String
        /// How well it was checked.
        public var confidence: Confidence
        /// What a claim form prints in this state: officer words, hearing request, form, verification.
        public var claimProcedure: ClaimProcedure

        enum CodingKeys: String, CodingKey {
            case action, jurisdiction, procedure, rule, deadline, forms, citation, confidence
            case formNote = "form_note", claimProcedure = "claim_procedure"
        }
    }
}
