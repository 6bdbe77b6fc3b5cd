import Testing

@testable import DOCXOutput

@Suite struct CorePropertiesTests {
    @Test(arguments: [
        ("2026-11-27", true), ("0000-01-31", true), ("2026-12-01", true), ("2026-13-01", false), ("2026-00-10", false),
        ("2026-02-32", false), ("2026-02-00", false), ("2026-1-27", false), ("2026/11/27", false), ("20261127xx", false),
        ("2026-11-2x", false), ("2026-11-27 ", false), ("２026-11-27", false), ("", false),
    ])
    func recognisesISODates(text: String, isDate: Bool) {
        #expect(CoreProperties.isISODate(text) == isDate)
    }
}
