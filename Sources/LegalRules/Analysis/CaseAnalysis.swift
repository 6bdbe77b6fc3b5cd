import CaseModel

/// What the legal rules say about one case as of a date: every finding in a stable order, plus
/// structured sections a template can print (`analysis.deficiency.total`, `analysis.levies`…).
///
/// Built by `CaseAnalyzer.analyze(_:asOf:)`. Keys are snake_case so templates and `--json` read the
/// same names; money stays `Money` and dates `CalendarDate`, so both keep their types.
public struct CaseAnalysis: Sendable, Hashable, Codable {
    /// The date deadlines and windows are counted to.
    public var asOf: CalendarDate
    /// The debtor's home state (`debtor.address.state`), whose wage, exemption and collection rules apply.
    public var homeState: Jurisdiction
    /// The state where the sold property is (`debt.property_state`, else the property address), if known.
    public var propertyState: Jurisdiction?
    /// Every finding, by topic: deficiency, deadlines, vehicle, wages, bank levy, exemption claims, FDCPA.
    public var findings: [Finding]
    /// The deficiency after the sale; nil when the case has no sale.
    public var deficiency: Deficiency?
    /// The post-sale deadlines of the state's deficiency rule that fit the sale.
    public var deadlines: [Deadline]
    /// One entry per wage garnishment in the case.
    public var garnishments: [WageGarnishment]
    /// One entry per bank levy, restraint or freeze in the case.
    public var levies: [Levy]
    /// How to claim exemptions for the kinds of collection action the case has.
    public var exemptionClaims: [ExemptionClaim]
    /// Whether the people contacting the debtor are debt collectors, and the validation window.
    public var fdcpa: FDCPA
    /// Case-file paths (with a label) whose absence kept the analysis from saying more.
    public var missing: [MissingField]
    /// Every dated event of the case, by date (events on the same day keep the case's order).
    public var timeline: [TimelineEntry]
    /// The likely protection of each income item and asset.
    public var protection: [Protection]
    /// Possible claims and defences, for the intake summary (not repeated in `findings`).
    public var claims: [Finding] = []
    /// Information on judgment liens, retirement savings and taxes (not repeated in `findings`).
    public var information: [Finding] = []

    /// Creates an analysis.
    public init(
        asOf: CalendarDate, homeState: Jurisdiction, propertyState: Jurisdiction?, findings: [Finding],
        deficiency: Deficiency?, deadlines: [Deadline], garnishments: [WageGarnishment], levies: [Levy],
        exemptionClaims: [ExemptionClaim], fdcpa: FDCPA, missing: [MissingField],
        timeline: [TimelineEntry] = [], protection: [Protection] = []
    ) {
        self.asOf = asOf
        self.homeState = homeState
        self.propertyState = propertyState
        self.findings = findings
        self.deficiency = deficiency
        self.deadlines = deadlines
        self.garnishments = garnishments
        self.levies = levies
        self.exemptionClaims = exemptionClaims
        self.fdcpa = fdcpa
        self.missing = missing
        self.timeline = timeline
        self.protection = protection
    }

    /// The findings on one topic, in order.
    public func findings(on topic: Finding.Topic) -> [Finding] { findings.filter { $0.topic == topic } }

    enum CodingKeys: String, CodingKey {
        case findings, deficiency, deadlines, garnishments, levies, fdcpa, missing, timeline, protection, claims, information
        case asOf = "as_of", homeState = "home_state", propertyState = "property_state"
        case exemptionClaims = "exemption_claims"
    }
}
