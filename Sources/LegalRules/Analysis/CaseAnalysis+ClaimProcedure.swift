import CaseModel

extension CaseAnalysis {
    /// What an exemption claim in the debtor's state prints: the state's words for its officers,
    /// where to file, the hearing request, the official form and the verification. Catalogue text,
    /// in English, since the claim is filed in English.
    public struct ClaimProcedure: Sendable, Hashable, Codable {
        /// Who carries out the levy ("levying officer" only in California).
        public var enforcingOfficer: String
        /// The third party holding the money ("garnishee", or "trustee").
        public var garnishee: String
        /// The court office that takes filings.
        public var clerk: String
        /// Whether the words were confirmed for the state (neutral words otherwise).
        public var wordsConfirmed: Bool
        /// Where the claim goes, when confirmed.
        public var filingPlace: String?
        /// The claim deadline in words, when confirmed.
        public var deadlineText: String?
        /// Whether the claim should ask for a hearing (also when the rule is unknown).
        public var requestHearing: Bool
        /// How the hearing comes about, when confirmed.
        public var hearing: String?
        /// Official forms by name and number.
        public var officialForms: [String]
        /// Whether courts require their own form (nil: not confirmed).
        public var formRequired: Bool?
        /// The unsworn-declaration wording to print above the signature, where the state has one.
        public var verificationWording: String?
        /// The statute behind the wording.
        public var verificationCitation: String?
        /// Whether the verification carries its own date line (its wording has one, or California's
        /// Cal. Civ. Proc. Code § 2015.5 "executed on (date), at (place)"), so the signature needs none.
        public var verificationDated: Bool
        /// Whether to print a notary jurat block instead.
        public var needsNotary: Bool
        /// Bank levy: what the state protects beyond 31 CFR Part 212, in words (nil when unknown).
        public var stateBankExemption: String?
        /// Wages: where they are defended by a motion rather than a claim form (New York), its title.
        public var wageMotion: String?
        /// How that motion is brought, in words.
        public var wageMotionHow: String?
        /// The authority for the motion.
        public var wageMotionCitation: String?
        /// Where the procedure comes from.
        public var citation: String
        /// How well the procedure was checked.
        public var confidence: Confidence

        enum CodingKeys: String, CodingKey {
            case garnishee, clerk, hearing, citation, confidence
            case enforcingOfficer = "enforcing_officer", wordsConfirmed = "words_confirmed", filingPlace = "filing_place"
            case deadlineText = "deadline_text", requestHearing = "request_hearing", officialForms = "official_forms"
            case formRequired = "form_required", verificationWording = "verification_wording"
            case verificationCitation = "verification_citation", needsNotary = "needs_notary"
            case verificationDated = "verification_dated", stateBankExemption = "state_bank_exemption"
            case wageMotion = "wage_motion", wageMotionHow = "wage_motion_how", wageMotionCitation = "wage_motion_citation"
        }

        /// The procedure for a state and kind of action.
        init(_ jurisdiction: Jurisdiction, action: ExemptionClaimRule.Action) {
            let rule = ExemptionProcedureRule.rule(for: jurisdiction)
            enforcingOfficer = rule.officers.enforcingOfficer
            garnishee = rule.officers.garnishee
            clerk = rule.officers.clerk
            wordsConfirmed = rule.officers.confirmed
            filingPlace = rule.filingPlace
            deadlineText = rule.deadline
            requestHearing = rule.hearing.claimShouldRequestHearing
            hearing = rule.hearing.how
            officialForms = rule.forms
            formRequired = rule.formRequired
            verificationWording = rule.verification.wording
            verificationCitation = rule.verification.citation?.text
            needsNotary = rule.verification.needsNotary
            verificationDated = jurisdiction == .CA || rule.verification.wordingHasDate
            let bank = BankAccountExemptionRule.rule(for: jurisdiction)
            let parts = [
                bank.automatic.map { "Without a claim: \($0)" }, bank.claimable.map { "On a claim: \($0)" },
                bank.wildcard.map { "General exemption: \($0)" },
            ]
            .compactMap { $0 }
            // A state searched with nothing found has no sentence to print, like an unknown one.
            stateBankExemption =
                action == .bankLevy && bank.kind != .unknown && !parts.isEmpty
                ? parts.joined(separator: " ") + " (" + bank.citations.map(\.text).joined(separator: "; ") + ", \(bank.confidence.rawValue))"
                : nil
            let motion = action == .wageGarnishment ? rule.wageMotion : nil
            wageMotion = motion?.title
            wageMotionHow = motion?.how
            wageMotionCitation = motion.map { $0.citations.map(\.text).joined(separator: "; ") }
            citation = rule.citations.map(\.text).joined(separator: "; ")
            confidence = rule.confidence
        }
    }
}
