/// A state's words for the people in a levy or garnishment, so a claim never says "levying officer"
/// outside the states that use the term.
public struct OfficerWords: Sendable, Hashable, Codable {
    /// Who carries out the levy: "levying officer", "sheriff", "marshal", "constable", "court officer".
    public let enforcingOfficer: String
    /// The third party holding the money: "garnishee", or "trustee" in trustee-process states.
    public let garnishee: String
    /// The court office that takes filings: "clerk of court", "prothonotary".
    public let clerk: String
    /// Whether these words were confirmed in the state's statutes or forms; generic words otherwise.
    public let confirmed: Bool

    /// Creates the words.
    public init(enforcingOfficer: String, garnishee: String = "garnishee", clerk: String = "clerk of court", confirmed: Bool) {
        self.enforcingOfficer = enforcingOfficer
        self.garnishee = garnishee
        self.clerk = clerk
        self.confirmed = confirmed
    }

    /// Neutral words for a state whose own terms were not confirmed.
    public static let generic = OfficerWords(enforcingOfficer: "officer serving the levy", garnishee: "garnishee", clerk: "clerk of court", confirmed: false)
}
