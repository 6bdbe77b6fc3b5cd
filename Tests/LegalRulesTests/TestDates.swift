import CaseModel

/// Parses `YYYY-MM-DD` in tests, failing loudly on a typo.
func day(_ text: String) -> CalendarDate {
    guard let d = CalendarDate(iso: text) else { fatalError("bad test date \(text)") }
    return d
}

/// Dollars and cents in tests: `usd(82.50)` is avoided to keep floating point out; use `usd(8250)` cents.
func cents(_ c: Int) -> Money { Money(cents: c) }
