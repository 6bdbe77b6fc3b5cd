/// A judgment lien recorded against the debtor's property.
public struct Lien: Sendable, Hashable, Encodable {
    /// The property, as described ("Home at 12 Oak Lane", "2018 Honda Civic").
    public var property: String
    /// The date the lien was recorded.
    public var recordedOn: CalendarDate
    /// The amount secured, if stated.
    public var amount: Money?

    /// Creates a lien.
    public init(property: String, recordedOn: CalendarDate, amount: Money? = nil) {
        self.property = property
        self.recordedOn = recordedOn
        self.amount = amount
    }

    enum CodingKeys: String, CodingKey {
        case property, amount
        case recordedOn = "recorded_on"
    }
}
