/// A calendar date with no time of day or time zone (ISO 8601 `YYYY-MM-DD` in files).
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, such as 2026.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a date, or nil if the day does not exist (such as February 30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The years a case file may use. Wide enough for any real debt, narrow enough that date
    /// arithmetic on them (lookbacks, deadlines) stays far from the edges of the calendar.
    public static let supportedYears = 1900...2199

    /// A date whose fields are already known to be consistent (the results of date arithmetic).
    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly.
    public init?(iso text: String) {
        self.init(isoUTF8: text.utf8.span)
    }

    /// Parses `YYYY-MM-DD` strictly from UTF-8 bytes (the case reader reads dates in place).
    init?(isoUTF8 bytes: Span<UInt8>) {
        // Ten ASCII bytes, read in place: dates are parsed many times per record of a batch, and
        // splitting into `Substring`s and `Int(_:)` on each was most of the cost.
        guard bytes.count == 10 else { return nil }
        var digits = (year: 0, month: 0, day: 0)
        for position in bytes.indices {
            let byte = bytes[position]
            switch position {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            default:
                guard byte.isASCIIDigit else { return nil }
                let digit = Int(byte &- UInt8(ascii: "0"))
                switch position {
                case 0..<4: digits.year = digits.year * 10 + digit
                case 5, 6: digits.month = digits.month * 10 + digit
                default: digits.day = digits.day * 10 + digit
                }
            }
        }
        self.init(year: digits.year, month: digits.month, day: digits.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The number of days in a month of a year (Gregorian).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `days` days since 1970-01-01. Hinnant's `civil_from_days`.
    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The date `n` days later (earlier when negative).
    public func adding(days n: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + n) }

    /// The date `n` months later, clamped to the end of a shorter month (Jan 31 + 1 month = Feb 28/29).
    public func adding(months n: Int) -> CalendarDate {
        // Floor division, so that months before year 0 still land on a real month; total for any
        // date a case file can hold (no optional to force: user data reaches this through lookbacks).
        let total = year * 12 + (month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CalendarDate(unchecked: y, m, min(day, CalendarDate.daysIn(month: m, year: y)))
    }

    /// The date `n` years later, clamped (Feb 29 + 1 year = Feb 28).
    public func adding(years n: Int) -> CalendarDate { adding(months: 12 * n) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// 1 = Monday … 7 = Sunday (ISO weekday).
    public var isoWeekday: Int { ((daysSinceEpoch % 7 + 7) % 7 + 3) % 7 + 1 }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    /// Decodes from an ISO 8601 `YYYY-MM-DD` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a date as YYYY-MM-DD")
        }
        self = date
    }

    /// Encodes as `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
