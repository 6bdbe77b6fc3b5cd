import CaseModel

/// The general limitations period that bounds a lender's deficiency suit where no special deadline exists.
///
/// It runs from when the claim on the note accrues (a missed payment or acceleration), a date the case
/// file does not hold, so it is stated in words and never computed.
public struct GeneralLimitation: Sendable, Hashable, Codable {
    /// The state (or DC).
    public let jurisdiction: Jurisdiction
    /// Length of the period in years.
    public let years: Int
    /// The kind of action the period covers, such as "an action on a written contract".
    public let basis: String
    /// The limitations statute.
    public let citations: [Citation]
    /// How well the period, and its fit to a mortgage deficiency, was checked.
    public let confidence: Confidence
    /// Competing periods or conditions a reader must weigh.
    public let note: String?

    /// Creates a state's general limitations entry.
    public init(
        _ jurisdiction: Jurisdiction, years: Int, basis: String, citations: [Citation],
        confidence: Confidence, note: String? = nil
    ) {
        self.jurisdiction = jurisdiction
        self.years = years
        self.basis = basis
        self.citations = citations
        self.confidence = confidence
        self.note = note
    }

    /// "no special deadline: the general limitations period of 6 years for an action on a written contract".
    public var description: String {
        "no special deadline: the general limitations period of \(years) years for \(basis)"
    }

    /// The entry for one jurisdiction, when one was confirmed.
    public static func entry(for jurisdiction: Jurisdiction) -> GeneralLimitation? {
        all.first { $0.jurisdiction == jurisdiction }
    }
}
