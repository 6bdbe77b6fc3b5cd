import CaseModel

extension CaseAnalysis.FDCPA {
    /// The party letters go to (`Case.collectingParty`) and what a letter may say about the law
    /// that governs it: the FDCPA verdict, and the state's collection law where it reaches this party.
    public struct Recipient: Sendable, Hashable, Codable {
        /// The case-file role: `collector`, `collection_attorney`, `current_creditor` or `original_creditor`.
        public var role: String
        /// The party's name.
        public var name: String?
        /// What kind of party this is for the FDCPA; the same as its line in `parties`.
        public var kind: ContactingParty
        /// Whether it is a debt collector: `likely`, `possible`, `unlikely` or `unknown`.
        public var debtCollector: CollectorVerdict
        /// The state's collection law, named only when it reaches this party (Rosenthal Act…).
        public var stateLaw: String?
        /// That law's citations, joined for printing.
        public var stateLawCitation: String?
        /// The state the law belongs to, named in the analysis' language.
        public var stateName: String?

        enum CodingKeys: String, CodingKey {
            case role, name, kind
            case debtCollector = "debt_collector", stateLaw = "state_law", stateLawCitation = "state_law_citation"
            case stateName = "state_name"
        }
    }
}
