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
        // Compacted to lowercase bytes without spaces and dots, then read as bytes. ASCII text is
        // compacted byte by byte (in ASCII, whitespace is 0x09–0x0D and space); other text goes through
        // `lowercased()` and `Character.isWhitespace` first. Every accepted form is ASCII, so any
        // byte left outside ASCII fails, as any such character did.
        var clock: [UInt8] = []
        clock.reserveCapacity(text.utf8.count)
        if text.isASCIIOnly {
            for byte in text.utf8 where byte.isASCIIText && byte != UInt8(ascii: ".") {
                clock.append(byte | (byte &- UInt8(ascii: "A") < 26 ? 0x20 : 0))
            }
        } else {
            clock.append(contentsOf: text.lowercased().filter { !$0.isWhitespace && $0 != "." }.utf8)
        }
        var meridiem: UInt8?
        if clock.count >= 2, clock[clock.count - 1] == UInt8(ascii: "m"),
            clock[clock.count - 2] == UInt8(ascii: "a") || clock[clock.count - 2] == UInt8(ascii: "p")
        {
            meridiem = clock[clock.count - 2]
            clock.removeLast(2)
        }
        // `H`, `HH`, `H:MM` or `HH:MM` (a second colon leaves a non-digit in the minutes).
        let colon = clock.firstIndex(of: UInt8(ascii: ":"))
        let hourDigits = clock[..<(colon ?? clock.endIndex)]
        let minuteDigits = colon.map { clock[($0 + 1)...] }
        func number(_ digits: ArraySlice<UInt8>) -> Int? {
            guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy(\.isASCIIDigit) else { return nil }
            return digits.reduce(0) { $0 * 10 + Int($1 &- UInt8(ascii: "0")) }
        }
        guard var hour = number(hourDigits) else { return nil }
        var minute = 0
        if let minuteDigits {
            guard let value = number(minuteDigits), minuteDigits.count == 2 else { return nil }
            minute = value
        }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == UInt8(ascii: "p") ? 12 : 0)
        } else if minuteDigits == nil {
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
