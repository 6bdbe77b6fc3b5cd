/// A rule about deficiencies after a vehicle repossession under UCC Article 9, as data.
///
/// Article 9 is enacted state by state, so the section numbers are uniform but each state's text is
/// its own; entries say which state's version was read.
public struct VehicleRepossessionRule: Sendable, Hashable, Codable, Identifiable {
    /// A stable key, such as "ucc.9-610".
    public let id: String
    /// The rule in one plain sentence.
    public let rule: String
    /// Where it comes from.
    public let citations: [Citation]
    /// How well it was checked.
    public let confidence: Confidence

    /// Creates a rule.
    public init(id: String, rule: String, citations: [Citation], confidence: Confidence) {
        self.id = id
        self.rule = rule
        self.citations = citations
        self.confidence = confidence
    }

    private static let cali = Citation("CALI, Disposing of Collateral", url: "https://www.cali.org/lessons/web/ct11_1/chapter_35.htm")

    /// The general rules (legal-notes §3.4). State variations were not researched: none is confirmed.
    public static let all: [VehicleRepossessionRule] = [
        VehicleRepossessionRule(
            id: "ucc.9-610",
            rule: "Every aspect of the sale of a repossessed vehicle (method, manner, time, place and terms) must be commercially reasonable.",
            citations: [Citation("UCC § 9-610"), cali], confidence: .statute),
        VehicleRepossessionRule(
            id: "ucc.9-611",
            rule: "The creditor must send reasonable authenticated notice before it sells the vehicle.",
            citations: [Citation("UCC §§ 9-611, 9-612"), cali], confidence: .statute),
        VehicleRepossessionRule(
            id: "ucc.9-614",
            rule:
                "In a consumer-goods transaction the notice must describe any deficiency liability and give a phone number for the amount needed to redeem and for more information.",
            citations: [
                Citation("UCC § 9-614 (N.Y. text)", url: "https://law.counselstack.com/statute/ny/UCC/9-614"),
                Citation("9A V.S.A. § 9-614", url: "https://legislature.vermont.gov/statutes/section/09a/009/00614"),
            ],
            confidence: .statute),
        VehicleRepossessionRule(
            id: "ucc.9-615",
            rule:
                "Whether the debtor owes the deficiency after proceeds are applied, and how a low-price sale to the creditor or a related buyer is adjusted, was not confirmed against the text.",
            citations: [Citation("UCC § 9-615(d), (f)")], confidence: .unknown),
        VehicleRepossessionRule(
            id: "ucc.9-616",
            rule: "The duty to explain how a consumer deficiency was calculated was not confirmed against the text.",
            citations: [Citation("UCC § 9-616")], confidence: .unknown),
        VehicleRepossessionRule(
            id: "ucc.9-626",
            rule:
                "The effect of a creditor's non-compliance on a consumer deficiency is left to the courts, and some states bar the deficiency; not confirmed against the text.",
            citations: [Citation("UCC § 9-626")], confidence: .unknown),
    ]

    /// UCC § 9-615, whose citations back the lead finding on a vehicle deficiency (looked up once).
    static let deficiencyRule = all.first { $0.id == "ucc.9-615" }!

    /// Findings for a vehicle deficiency: the rules a debtor can hold the creditor to.
    public static var findings: [Finding] { findings(in: .english) }

    /// The same findings, written in `language`.
    public static func findings(in language: AnalysisLanguage) -> [Finding] {
        language == .spanish ? spanishFindings : englishFindings
    }

    // Built once: every case with a repossessed vehicle gets the same findings.
    private static let englishFindings = makeFindings(in: .english)
    private static let spanishFindings = makeFindings(in: .spanish)

    private static func makeFindings(in language: AnalysisLanguage) -> [Finding] {
        all.map {
            Finding(
                id: "vehicle.\($0.id)", topic: .vehicleDeficiency, sentence: Phrase.vehicleRule($0.rule).text(in: language),
                citations: $0.citations, confidence: $0.confidence)
        }
    }
}
