import CaseModel

/// The legal public holidays of 5 U.S.C. 6103(a), with the observed day of (b): a holiday on a
/// Saturday is observed the Friday before, one on a Sunday the Monday after.
public enum FederalHoliday {
    /// The holiday `date` is or is observed on, in English; nil on an ordinary day.
    public static func name(on date: CalendarDate) -> String? {
        for year in [date.year - 1, date.year, date.year + 1] {
            for (name, day) in holidays(in: year) where day == date || observed(day) == date {
                return name
            }
        }
        return nil
    }

    /// The holidays of `year` on their calendar days.
    static func holidays(in year: Int) -> [(String, CalendarDate)] {
        func fixed(_ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }
        var list: [(String, CalendarDate)] = [
            ("New Year's Day", fixed(1, 1)),
            ("Birthday of Martin Luther King, Jr.", nth(3, weekday: 1, month: 1, year: year)),
            ("Washington's Birthday", nth(3, weekday: 1, month: 2, year: year)),
            ("Memorial Day", last(weekday: 1, month: 5, year: year)),
            ("Independence Day", fixed(7, 4)),
            ("Labor Day", nth(1, weekday: 1, month: 9, year: year)),
            ("Columbus Day", nth(2, weekday: 1, month: 10, year: year)),
            ("Veterans Day", fixed(11, 11)),
            ("Thanksgiving Day", nth(4, weekday: 4, month: 11, year: year)),
            ("Christmas Day", fixed(12, 25)),
        ]
        // Juneteenth National Independence Day, added by Pub. L. 117-17 (2021).
        if year >= 2021 { list.insert(("Juneteenth National Independence Day", fixed(6, 19)), at: 4) }
        return list
    }

    /// The weekday a Saturday or Sunday holiday is observed on.
    static func observed(_ day: CalendarDate) -> CalendarDate {
        switch day.isoWeekday {
        case 6: return day.adding(days: -1)
        case 7: return day.adding(days: 1)
        default: return day
        }
    }

    /// The `n`th ISO `weekday` (1 = Monday) of a month.
    static func nth(_ n: Int, weekday: Int, month: Int, year: Int) -> CalendarDate {
        let first = CalendarDate(year: year, month: month, day: 1)!
        let offset = (weekday - first.isoWeekday + 7) % 7
        return first.adding(days: offset + 7 * (n - 1))
    }

    /// The last ISO `weekday` of a month.
    static func last(weekday: Int, month: Int, year: Int) -> CalendarDate {
        let lastDay = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
        return lastDay.adding(days: -((lastDay.isoWeekday - weekday + 7) % 7))
    }
}
