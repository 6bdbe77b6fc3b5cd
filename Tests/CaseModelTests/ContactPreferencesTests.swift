import CaseModel
import Testing

/// The limit-contact facts: media, hours, the workplace, and what is wrong with them.
@Suite struct ContactPreferencesTests {
    static let full = """
        contact_preferences:
          allowed_media: [Mail, email]
          forbidden_media: [phone, text, phone]
          email: alt@example.com
          allowed_hours: {from: "09:00", to: 5:30 p.m.}
          no_contact_at_work: true
          employer_forbids_contact: true
          notes: I work nights.
        """

    @Test func everyFieldIsRead() throws {
        let result = TestCases.parse(TestCases.yaml(Self.full))
        #expect(result.diagnostics.map(\.description) == [])
        let p = try #require(result.value?.contactPreferences)
        #expect(p.allowedMedia == [.mail, .email])
        #expect(p.forbiddenMedia == [.phone, .text], "a repeated medium is kept once")
        #expect(p.email == "alt@example.com")
        #expect(p.allowedHours == HourRange(from: TimeOfDay(hour: 9)!, to: TimeOfDay(hour: 17, minute: 30)!))
        #expect(p.noContactAtWork && p.employerForbidsContact)
        #expect(p.notes == "I work nights.")
    }

    @Test func absentMeansNoLimitsAndFlagsDefaultToFalse() throws {
        #expect(try #require(TestCases.parse(TestCases.yaml()).value).contactPreferences == nil)
        let p = try #require(TestCases.parse(TestCases.yaml("contact_preferences:\n  allowed_media: mail")).value?.contactPreferences)
        #expect(p.allowedMedia == [.mail], "one medium may be written without a list")
        #expect(!p.noContactAtWork && !p.employerForbidsContact)
    }

    @Test(arguments: [
        ("09:00", 9, 0), ("9:05", 9, 5), ("17:30", 17, 30), ("0:00", 0, 0), ("9 am", 9, 0), ("9AM", 9, 0),
        ("5:30 p.m.", 17, 30), ("5:30 p. m.", 17, 30), ("12 pm", 12, 0), ("12:15 a.m.", 0, 15), ("11:59 PM", 23, 59),
    ])
    func timesAreReadInEveryCommonForm(_ text: String, _ hour: Int, _ minute: Int) {
        #expect(TimeOfDay(parsing: text) == TimeOfDay(hour: hour, minute: minute))
    }

    @Test(arguments: ["9", "24:00", "9:60", "13 pm", "0 am", "9:5", "nine", "", "9:00 xm", "1:2:3"])
    func badTimesAreRejected(_ text: String) {
        #expect(TimeOfDay(parsing: text) == nil)
    }

    @Test(arguments: [(0, 0, "12:00 a.m."), (9, 0, "9:00 a.m."), (12, 0, "12:00 p.m."), (17, 5, "5:05 p.m."), (23, 59, "11:59 p.m.")])
    func timesPrintInTheLetterForm(_ hour: Int, _ minute: Int, _ expected: String) throws {
        let time = try #require(TimeOfDay(hour: hour, minute: minute))
        #expect(time.description == expected)
        #expect(TimeOfDay(parsing: expected) == time, "the printed form reads back")
    }

    @Test(arguments: [
        (
            "contact_preferences:\n  allowed_media: [mail, fax]",
            "contact_preferences.allowed_media[1]: \"fax\" is not one of mail, email, phone, text"
        ),
        (
            "contact_preferences:\n  forbidden_media: [emial]",
            "contact_preferences.forbidden_media[0]: \"emial\" is not one of mail, email, phone, text (did you mean email?)"
        ),
        (
            "contact_preferences:\n  allowed_hours: {from: \"17:00\", to: \"09:00\"}",
            "contact_preferences.allowed_hours.to: 9:00 a.m. is not after 5:00 p.m. (give the earliest time in from and the latest in to, such as 09:00 and 17:00)"
        ),
        (
            "contact_preferences:\n  allowed_hours: {from: \"9\", to: \"17:00\"}",
            "contact_preferences.allowed_hours.from: \"9\" is not a time of day (write 09:00, 17:30, 9 am or 5:30 p.m.)"
        ),
        (
            "contact_preferences:\n  allowed_hours: {from: \"09:00\"}",
            "contact_preferences.allowed_hours.to: required field is missing (the latest time contact is allowed)"
        ),
        (
            "contact_preferences:\n  no_contact_at_work: maybe",
            "contact_preferences.no_contact_at_work: expected true or false, found \"maybe\""
        ),
        (
            "contact_preferences:\n  email: nobody",
            "contact_preferences.email: \"nobody\" is not an email address (expected name@example.com)"
        ),
    ])
    func badValuesAreErrorsWithTheirPaths(_ extra: String, _ expected: String) {
        let result = TestCases.parse(TestCases.yaml(extra))
        #expect(result.value == nil)
        #expect(result.errors.map(\.description) == [expected])
    }

    @Test(arguments: [
        (
            "contact_preferences:\n  allowed_media: [mail]\n  forbidden_media: [mail]",
            "contact_preferences.forbidden_media: mail is both allowed and forbidden (keep it in one of the two lists)"
        ),
        (
            "contact_preferences:\n  allowed_media: [email]",
            "contact_preferences.allowed_media: email is allowed, but no email address is given (add contact_preferences.email or debtor.email)"
        ),
        (
            "contact_preferences:\n  allowed_media: [text]",
            "contact_preferences.allowed_media: calls or texts are allowed, but no phone number is given (add contact_preferences.phone or debtor.phone)"
        ),
        (
            "contact_preferences:\n  employer_forbids_contact: true",
            "contact_preferences.employer_forbids_contact: set, but no_contact_at_work is not (set no_contact_at_work: true so the letter asks for no contact at work)"
        ),
    ])
    func unclearLimitsAreWarnings(_ extra: String, _ expected: String) {
        let result = TestCases.parse(TestCases.yaml(extra))
        #expect(result.value != nil)
        #expect(result.warnings.map(\.description) == [expected])
    }

    @Test func theDebtorsOwnPhoneAndEmailSatisfyTheMediaChecks() {
        let yaml = TestCases.yaml(
            "contact_preferences:\n  allowed_media: [email, phone]",
            debtorExtra: "phone: 555-0100\nemail: t@example.com")
        #expect(TestCases.parse(yaml).diagnostics.isEmpty)
    }

    @Test func aCSVRowGivesTheSameLimitsAsYAML() throws {
        let fromYAML = try #require(TestCases.parse(TestCases.yaml(Self.full)).value)
        let fromCSV = TestCases.parse(
            row: TestCases.row([
                ("contact_preferences.allowed_media[0]", "mail"), ("contact_preferences.allowed_media[1]", "Email"),
                ("contact_preferences.forbidden_media[0]", "phone"), ("contact_preferences.forbidden_media[1]", "text"),
                ("contact_preferences.email", "alt@example.com"),
                ("contact_preferences.allowed_hours.from", "9 am"), ("contact_preferences.allowed_hours.to", "17:30"),
                ("contact_preferences.no_contact_at_work", "yes"), ("contact_preferences.employer_forbids_contact", "y"),
                ("contact_preferences.notes", "I work nights."),
            ]))
        #expect(fromCSV.diagnostics.map(\.description) == [])
        #expect(fromCSV.value == fromYAML)
    }

    @Test func theEncodingUsesTheFileNamesAndReadsBack() throws {
        let original = try #require(TestCases.parse(TestCases.yaml(Self.full)).value)
        let json = try Fixtures.json(original)
        #expect(json.contains(#""allowed_hours" : {"#))
        #expect(json.contains(#""from" : "9:00 a.m.""#))
        #expect(json.contains(#""to" : "5:30 p.m.""#))
        #expect(CaseParser.parse(json, format: .json, asOf: Fixtures.asOf).value == original)
    }
}
