import ArgumentParser
import CaseModel
import Foundation

extension CalendarDate: ExpressibleByArgument {
    /// Parses `YYYY-MM-DD` from the command line.
    public init?(argument: String) { self.init(iso: argument) }
}

extension CalendarDate {
    /// Today's date in the local time zone: the CLI's one reading of the clock.
    static var today: CalendarDate {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)!
    }
}
