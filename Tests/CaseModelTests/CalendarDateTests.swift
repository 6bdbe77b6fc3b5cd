import CaseModel
import Testing

@Suite struct CalendarDateTests {
    static func d(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test(arguments: ["2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-5", "26-01-05", "2026/01/05", "", "2026-04-31"])
    func rejectsDaysThatDoNotExist(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "2026-12-31", "0001-01-01"])
    func acceptsRealDays(_ text: String) {
        #expect(CalendarDate(iso: text)?.description == text)
    }

    @Test(arguments: [
        ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2026-03-31", 1, "2026-04-30"),
        ("2026-08-31", 6, "2027-02-28"), ("2026-11-15", 3, "2027-02-15"), ("2026-03-31", -1, "2026-02-28"),
        ("2024-02-29", 12, "2025-02-28"), ("2026-12-31", 2, "2027-02-28"), ("2026-05-20", -5, "2025-12-20"),
    ])
    func addingMonthsClampsToTheMonthEnd(_ start: String, _ months: Int, _ expected: String) {
        #expect(Self.d(start).adding(months: months).description == expected)
    }

    @Test(arguments: [
        ("2025-06-09", 90, "2025-09-07"), ("2024-02-28", 1, "2024-02-29"), ("2023-02-28", 1, "2023-03-01"),
        ("2026-12-31", 1, "2027-01-01"), ("2026-03-01", -1, "2026-02-28"), ("1970-01-01", 0, "1970-01-01"),
    ])
    func addingDays(_ start: String, _ days: Int, _ expected: String) {
        #expect(Self.d(start).adding(days: days).description == expected)
        #expect(Self.d(start).days(until: Self.d(expected)) == days)
    }

    @Test func leapYearsFollowTheGregorianRule() {
        #expect(CalendarDate.isLeap(2024) && CalendarDate.isLeap(2000))
        #expect(!CalendarDate.isLeap(1900) && !CalendarDate.isLeap(2026))
        #expect(Self.d("2024-01-01").days(until: Self.d("2025-01-01")) == 366)
        #expect(Self.d("2024-02-29").adding(years: 1).description == "2025-02-28")
    }

    @Test func weekdaysAndOrder() {
        #expect(Self.d("2026-11-27").isoWeekday == 5)  // a Friday
        #expect(Self.d("1970-01-01").isoWeekday == 4)  // a Thursday
        #expect(Self.d("2026-01-31") < Self.d("2026-02-01"))
    }
}
