/// The hours of the day during which the debtor allows contact, on the debtor's clock.
public struct HourRange: Sendable, Hashable, Encodable {
    /// The earliest time contact is allowed.
    public var from: TimeOfDay
    /// The latest time contact is allowed.
    public var to: TimeOfDay

    /// Creates a range; the decoder makes sure `from` comes before `to`.
    public init(from: TimeOfDay, to: TimeOfDay) {
        self.from = from
        self.to = to
    }
}
