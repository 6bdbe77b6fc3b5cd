/// How well a legal fact was checked; letters print it so a reader knows what to verify.
public enum Confidence: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Not confirmed: the rule is reported as unknown, never applied.
    case unknown
    /// Taken from a secondary source (legal encyclopedia, law firm, legal aid, a case summary).
    case secondary
    /// Checked against the text of the statute, regulation, court rule or official form.
    case statute

    /// A short label for people, such as "checked against statute text".
    public var label: String {
        switch self {
        case .statute: return "checked against statute text"
        case .secondary: return "secondary source only"
        case .unknown: return "not confirmed"
        }
    }

    private var rank: Int {
        switch self {
        case .unknown: return 0
        case .secondary: return 1
        case .statute: return 2
        }
    }

    public static func < (a: Confidence, b: Confidence) -> Bool { a.rank < b.rank }
}
