/// A time of day on the debtor's clock, to the minute, such as 9:00 a.m.
///
/// Files may write `09:00`, `17:30`, `9 am` or `5:30 p.m.`; the value is written back in the
/// US letter form `9:00 a.m.`, which reads the same in English and Spanish letters and parses again.
public struct TimeOfDay: Sendable, Hashable, Comparable, Encodable, CustomStringConvertible {
    /// The hour, 0–23.
    public let hour: Int
    /// The minute, 0–59.
    public let minute: Int

    /// A time; nil when the hour or the minute is out of range.
    public init?(hour: Int, minute: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Reads `09:00`, `9:00`, `17:30`, `9 am`, `9am`, `9:00 a.m.`, `5:30 PM`, `5:30 p. m.`; nil otherwise.
    public init?(parsing text: String) {
        let lowered = text.lowercased().filter { !$0.isWhitespace && $0 != "." }
        var clock = Substring(lowered)
        var meridiem: Character?
        if clock.hasSuffix("am") || clock.hasSuffix("pm") {
            meridiem = clock.dropLast().last
            clock = clock.dropLast(2)
        }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }),
              var hour = Int(parts[0]) else { return nil }
        let minute = parts.count == 2 ? Int(parts[1]) ?? -1 : 0
        if parts.count == 2, parts[1].count != 2 { return nil }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == "p" ? 12 : 0)
        } else if parts.count == 1 {
            return nil  // "9" alone is ambiguous; ask for 09:00 or 9 am.
        }
        self.init(hour: hour, minute: minute)
    }

    /// `9:00 a.m.`, `12:30 p.m.`, `12:00 a.m.` (midnight).
    public var description: String {
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        let minutes = minute < 10 ? "0\(minute)" : "\(minute)"
        return "\(twelve):\(minutes) \(hour < 12 ? "a.m." : "p.m.")"
    }

    /// Minutes since midnight.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutesSinceMidnight < b.minutesSinceMidnight }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension TimeOfDay {
    /// The forms `init(parsing:)` accepts, as a JSON Schema pattern.
    public static let pattern = #"^(([01]?[0-9]|2[0-3]):[0-5][0-9]|(0?[1-9]|1[0-2])(:[0-5][0-9])? ?[AaPp]\.? ?[Mm]\.?)$"#
}
