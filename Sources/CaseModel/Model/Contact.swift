/// One contact from the other side: a call, a letter, a visit.
public struct Contact: Sendable, Hashable, Encodable {
    /// When it happened.
    public var date: CalendarDate
    /// How (phone, letter, …).
    public var method: ContactMethod
    /// Who made it: a party of the case, or a name as written.
    public var by: PartyReference?
    /// What they said or wanted, in a sentence or two.
    public var summary: String?
    /// The time of day on the debtor's local clock (15 U.S.C. 1692c(a)(1) presumes before 8 a.m. and after 9 p.m. inconvenient).
    public var time: TimeOfDay?
    /// What was threatened, if anything.
    public var threatened: [ThreatKind]

    /// Creates a contact.
    public init(
        date: CalendarDate, method: ContactMethod, by: PartyReference? = nil, summary: String? = nil,
        time: TimeOfDay? = nil, threatened: [ThreatKind] = []
    ) {
        self.date = date
        self.method = method
        self.by = by
        self.summary = summary
        self.time = time
        self.threatened = threatened
    }
}
