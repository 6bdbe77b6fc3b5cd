import CaseModel
import Testing

@Suite struct SensitiveNumberTests {
    @Test(arguments: [
        ("123-45-6789", "6789"), ("123456789", "6789"), ("6789", "6789"), ("***-**-6789", "***-**-6789".suffix(4).description),
        ("XXX-XX-6789", "6789"), ("123 45 6789", "6789"),
    ])
    func ssnKeepsTheLastFour(_ text: String, _ lastFour: String) throws {
        let ssn = try #require(SensitiveNumber(ssn: text))
        #expect(ssn.lastFour == lastFour)
        #expect(ssn.masked == "***-**-\(lastFour)")
    }

    @Test(arguments: ["12-345-678", "12345678", "abc-de-fghi", "123-45-678X", "", "6789-***"])
    func ssnRejectsOtherShapes(_ text: String) {
        #expect(SensitiveNumber(ssn: text) == nil)
    }

    @Test(arguments: [("5501-2288-0460-1173", "1173"), ("LSAF-7730-55812094", "2094"), ("****1234", "1234"), ("AB12", "AB12"), ("77", "77")])
    func accountNumbersKeepTheLastFour(_ text: String, _ lastFour: String) throws {
        let account = try #require(SensitiveNumber(account: text))
        #expect(account.lastFour == lastFour)
        #expect(account.masked == "****" + lastFour)
        #expect(SensitiveNumber(account: account.masked) == account, "the masked form reads back the same")
    }

    @Test func theFullSSNIsNowhereInTheCase() throws {
        let yaml = TestCases.yaml(debtorExtra: "ssn: 123-45-6789")
        let c = try #require(TestCases.parse(yaml).value)
        #expect(c.debtor.ssn?.lastFour == "6789")
        var dumped = ""
        dump(c, to: &dumped)
        let json = try Fixtures.json(c)
        for text in [String(describing: c), String(reflecting: c), dumped, json] {
            for fragment in ["123-45-6789", "123456789", "123-45", "12345"] {
                #expect(!text.contains(fragment), "found \(fragment) in \(text.prefix(80))…")
            }
            #expect(text.contains("6789"))
        }
        #expect(json.contains("\"ssn\" : \"***-**-6789\""))
    }

    @Test func theFullAccountNumberIsNowhereInTheCase() throws {
        let c = try #require(TestCases.parse(TestCases.yaml("debt:\n  account_number: 4417-1234-5678-9113")).value)
        var dumped = ""
        dump(c, to: &dumped)
        for text in [String(describing: c), dumped, try Fixtures.json(c)] {
            #expect(!text.contains("5678"))
            #expect(!text.contains("4417"))
        }
        #expect(c.debt?.accountNumber?.description == "****9113")
    }
}

@Suite struct PercentageTests {
    @Test(arguments: [
        ("9", 9000, "9%"), ("9%", 9000, "9%"), ("6.875", 6875, "6.875%"), ("4.5 %", 4500, "4.5%"),
        ("0.25", 250, "0.25%"), ("10.05", 10050, "10.05%"),
    ])
    func parsesAndPrints(_ text: String, _ thousandths: Int, _ printed: String) {
        #expect(Percentage(parsing: text)?.thousandths == thousandths)
        #expect(Percentage(thousandths: thousandths).description == printed)
    }

    @Test(arguments: ["", "abc", "1.2345", "-3", "%", "1.2.3"])
    func rejectsOtherText(_ text: String) {
        #expect(Percentage(parsing: text) == nil)
    }
}
