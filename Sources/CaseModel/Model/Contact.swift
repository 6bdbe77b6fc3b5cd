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

    /// Creates a contact.
    public init(date: CalendarDate, method: ContactMethod, by: PartyReference? = nil, summary: String? = nil) {
        self.date = date
        self.method = method
        self.by = by
        self.summary = summary
    }
}
