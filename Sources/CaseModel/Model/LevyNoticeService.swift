/// How the notice of a bank levy reached the debtor (some claim deadlines differ: California gives
/// 15 days after personal service and 20 after service by mail).
public enum LevyNoticeService: String, Sendable, Hashable, Codable, CaseIterable {
    /// Handed to the debtor in person.
    case personal
    /// Sent by mail.
    case mail
}
