import CaseModel
import Foundation
import Testing

@Suite struct SampleCaseTests {
    @Test(arguments: Fixtures.validSamples)
    func sampleParsesWithoutErrorsOrWarnings(_ path: String) throws {
        let result = try Fixtures.parseSample(path)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.value != nil)
    }

    @Test(arguments: Fixtures.validSamples)
    func encodedJSONReadsBackToTheSameCase(_ path: String) throws {
        let original = try #require(try Fixtures.parseSample(path).value)
        let json = try Fixtures.json(original)
        let again = CaseParser.parse(json, format: .json, asOf: Fixtures.asOf)
        #expect(again.errors.map(\.description) == [])
        #expect(again.value == original)
    }

    @Test func caSampleHasTheFactsTheAnalysisNeeds() throws {
        let c = try #require(try Fixtures.parseSample("samples/ca-nonjudicial-bank-levy.yaml").value)
        #expect(c.language == .es)
        #expect(c.preferredLanguage == "es")
        #expect(c.debt?.loanType == .purchaseMoneyFirstMortgage)
        #expect(c.debt?.ownerOccupied == true)
        #expect(c.debt?.propertyState == .CA)
        #expect(c.debt?.interestRate == Percentage(thousandths: 6875))
        #expect(c.sale?.type == .nonjudicial)
        #expect(c.sale?.price == Money(dollars: 301_500))
        #expect(c.sale?.totalCosts == Money(cents: 563_500))
        let levy = try #require(c.actions.levies.first)
        #expect(levy.accountLast4 == "3309")
        #expect(levy.deposits.filter { $0.source == .socialSecurity && $0.directDeposit }.count == 3)
        #expect(c.debtor.ssn?.lastFour == "6241")
        #expect(c.contacts.last?.by == .role(.collectionAttorney))
    }

    @Test func nySampleHasAGarnishmentAndADeficiencyJudgment() throws {
        let c = try #require(try Fixtures.parseSample("samples/ny-judicial-wage-garnishment.yaml").value)
        #expect(c.sale?.type == .judicial)
        #expect(c.sale?.deedDeliveredOn == CalendarDate(year: 2025, month: 6, day: 9))
        #expect(c.judgment?.interestRate == Percentage(percent: 9))
        #expect(c.judgment?.caseNumber == "Index No. 902214-23")
        let g = try #require(c.actions.garnishments.first)
        #expect(g.payPeriod == .biweekly)
        #expect(g.disposableEarnings == Money(cents: 189_630))
        #expect(c.debt?.accountNumber?.masked == "****1173")
        #expect(c.income.map(\.annualAmount) == [Money(dollars: 64_480), Money(dollars: 4_920)])
    }

    @Test func txSampleIsADisputedRepossessionWithADebtBuyer() throws {
        let c = try #require(try Fixtures.parseSample("samples/tx-vehicle-repossession.yaml").value)
        #expect(c.debt?.disputed == true)
        #expect(c.debt?.disputeReasons.count == 3)
        #expect(c.debt?.balanceClaimed == Money(cents: 921_467))
        #expect(c.sale?.type == .repossession)
        #expect(c.currentCreditor?.name == "Meridian Receivables Group, LLC")
        #expect(c.collector?.address?.zip == "75061")
        #expect(c.currentCreditor?.address?.zip == "77042-3316")
        #expect(c.debtor.address.lines == ["4418 Pecan Hollow Drive", "Apt 12B", "San Antonio, TX 78229"])
        #expect(c.assets.last?.retirementType == .plan403b)
        #expect(c.firstContact?.date == CalendarDate(year: 2026, month: 9, day: 14))
    }

    @Test func demoIsTheTexasCaseUnderTheIDDemo() throws {
        let demo = try #require(try Fixtures.parseSample("samples/demo.yaml").value)
        var tx = try #require(try Fixtures.parseSample("samples/tx-vehicle-repossession.yaml").value)
        tx.id = "demo"
        #expect(demo == tx)
        // What the cease-contact letter needs (issue 2).
        #expect(demo.collector?.address != nil)
        #expect(demo.debt?.accountNumber?.lastFour == "2094")
    }
}
