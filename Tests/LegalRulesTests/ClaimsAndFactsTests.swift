import CaseModel
import Foundation
import LegalRules
import Testing

/// Constructed cases in several states: the facts added for issue 13 decide bars and deadlines, and
/// the possible claims carry their expected figures and dates.
@Suite struct ClaimsAndFactsTests {
    static let asOf = day("2026-11-27")

    static func analyze(_ yaml: String, _ language: AnalysisLanguage = .english) throws -> CaseAnalysis {
        let result = CaseParser.parse(yaml, format: .yaml, asOf: asOf)
        let theCase = try #require(result.value, "\(result.diagnostics)")
        return CaseAnalyzer.analyze(theCase, asOf: asOf, language: language)
    }

    static func home(_ state: String, loan: String, sale: String, extraDebt: String = "", extraSale: String = "") -> String {
        """
        id: t
        debtor: {name: Pat Example, address: {line1: 1 Main St, city: Town, state: \(state), zip: "10001"}}
        debt:
          loan_type: \(loan)
          owner_occupied: true
          property_state: \(state)
          principal: 300000
          interest: 10000
        \(extraDebt)
        sale:
          type: \(sale)
          date: 2026-03-02
          price: 250000
        \(extraSale)
        """
    }

    // MARK: Bars decided by the new facts

    @Test func arizonaTwoAndAHalfAcres() throws {
        let small = try Self.analyze(Self.home("AZ", loan: "refinance", sale: "nonjudicial", extraDebt: "  acreage: 2.5\n  dwelling_units: 1"))
        #expect(small.deficiency?.status == .barred)
        #expect(small.deficiency?.total == nil && small.deficiency?.creditorFigure == Money(cents: 6_000_000))
        let large = try Self.analyze(Self.home("AZ", loan: "refinance", sale: "nonjudicial", extraDebt: "  acreage: 2.6\n  dwelling_units: 1"))
        #expect(large.deficiency?.status == .allowed)
        #expect(large.deficiency?.total == Money(cents: 6_000_000))
        let unknown = try Self.analyze(Self.home("AZ", loan: "refinance", sale: "nonjudicial"))
        #expect(unknown.deficiency?.status == .mayBeBarred)
        #expect(unknown.deficiency?.openQuestions.first?.contains("debt.acreage") == true)
    }

    @Test func californiaRefinanceAfter2013WithoutNewMoney() throws {
        let protected = try Self.analyze(
            Self.home(
                "CA", loan: "refinance", sale: "judicial",
                extraDebt: "  dwelling_units: 1\n  refinanced_on: 2015-06-01\n  refinance_new_money: 0"))
        #expect(protected.deficiency?.status == .barred)
        #expect(protected.deficiency?.citation.contains("§ 580b(b)") == true)
        let before = try Self.analyze(
            Self.home(
                "CA", loan: "refinance", sale: "judicial",
                extraDebt: "  dwelling_units: 1\n  refinanced_on: 2012-12-31\n  refinance_new_money: 0"))
        #expect(before.deficiency?.status == .allowed)
        let cashOut = try Self.analyze(
            Self.home(
                "CA", loan: "refinance", sale: "judicial",
                extraDebt: "  dwelling_units: 1\n  refinanced_on: 2015-06-01\n  refinance_new_money: 40000"))
        #expect(cashOut.deficiency?.status == .mayBeBarred)
    }

    @Test func nevadaCutOff() throws {
        let old = try Self.analyze(Self.home("NV", loan: "purchase_money_first_mortgage", sale: "nonjudicial", extraDebt: "  originated_on: 2009-09-30"))
        #expect(old.deficiency?.status == .allowed)
        let new = try Self.analyze(Self.home("NV", loan: "purchase_money_first_mortgage", sale: "nonjudicial", extraDebt: "  originated_on: 2009-10-01"))
        #expect(new.deficiency?.status == .mayBeBarred)  // the lender must still be a financial institution
    }

    @Test func texasHomeEquityHasNoPersonalLiability() throws {
        let equity = try Self.analyze(Self.home("TX", loan: "refinance", sale: "nonjudicial", extraDebt: "  texas_home_equity: true"))
        #expect(equity.deficiency?.status == .barred)
        #expect(equity.deficiency?.citation.contains("50(a)(6)(C)") == true)
        #expect(equity.information.contains { $0.id == "information.tax_nonrecourse" })
        let plain = try Self.analyze(Self.home("TX", loan: "refinance", sale: "nonjudicial", extraDebt: "  texas_home_equity: false"))
        #expect(plain.deficiency?.status == .allowed)
        #expect(plain.information.contains { $0.id == "information.tax_forgiven" })
    }

    // MARK: Deadlines whose condition the case does not meet

    @Test func pennsylvaniaPetitionOnlyWhenTheLenderBought() throws {
        let third = try Self.analyze(
            Self.home(
                "PA", loan: "refinance", sale: "judicial",
                extraSale: "  buyer: third_party\n  deed_delivered_on: 2026-04-01"))
        #expect(!third.deadlines.contains { $0.id.hasPrefix("deadline.lender.deed_delivery") })
        let lender = try Self.analyze(
            Self.home(
                "PA", loan: "refinance", sale: "judicial",
                extraSale: "  buyer: lender\n  deed_delivered_on: 2026-04-01"))
        let petition = try #require(lender.deadlines.first { $0.id == "deadline.lender.deed_delivery" })
        #expect(petition.date == day("2026-10-01"))
    }

    @Test func minnesotaAgriculturalDeadlineIsNotComputedForAHome() throws {
        let a = try Self.analyze(Self.home("MN", loan: "purchase_money_first_mortgage", sale: "judicial"))
        #expect(a.deadlines.isEmpty)
        #expect(!a.findings.contains { $0.sentence.contains("agricultural") })
    }

    @Test func floridaCountsFromTheCertificateOfTitle() throws {
        let with = try Self.analyze(Self.home("FL", loan: "refinance", sale: "judicial", extraSale: "  certificate_of_title_on: 2026-03-13"))
        let deadline = try #require(with.deadlines.first)
        #expect(deadline.countedFrom == day("2026-03-13") && deadline.date == day("2027-03-13"))
        let without = try Self.analyze(Self.home("FL", loan: "refinance", sale: "judicial"))
        let unknown = try #require(without.deadlines.first)
        #expect(unknown.date == nil && unknown.needs == "sale.certificate_of_title_on")
    }

    @Test func holidaysAreFlagged() throws {
        // NY: deed 2026-09-26 + 90 days = 2026-12-25, Christmas Day (a Friday).
        let a = try Self.analyze(Self.home("NY", loan: "refinance", sale: "judicial", extraSale: "  deed_delivered_on: 2026-09-26"))
        let deadline = try #require(a.deadlines.first { $0.id == "deadline.lender.deed_delivery" })
        #expect(deadline.date == day("2026-12-25"))
        #expect(deadline.holiday == "Christmas Day" && deadline.nonBusinessDay == true && deadline.weekend == false)
        #expect(deadline.sentence.contains("federal holiday (Christmas Day, 5 U.S.C. 6103)"))
        #expect(FederalHoliday.name(on: day("2027-07-05")) == "Independence Day")  // July 4, 2027 is a Sunday
        #expect(FederalHoliday.name(on: day("2026-11-26")) == "Thanksgiving Day")
        #expect(FederalHoliday.name(on: day("2026-11-27")) == nil)
    }

    // MARK: Possible claims

    static let ohioCar = """
        id: oh
        debtor: {name: Pat Example, address: {line1: 1 Main St, city: Columbus, state: OH, zip: "43215"}}
        original_creditor: {name: First Auto Credit}
        collector: {name: Acme Recovery LLC}
        debt: {loan_type: vehicle, principal: 9000, original_amount: 15000, finance_charge: 3200.50}
        sale: {type: repossession, date: 2026-02-10, price: 4000, disposition: private, disposition_notice_sent_on: 2026-02-05}
        cease_letter_received_on: 2026-03-01
        contacts:
          - {date: 2026-01-05, time: "21:30", method: phone, by: collector}
          - {date: 2026-03-04, time: "10:00", method: phone, by: collector, threatened: [wage_garnishment]}
        """

    @Test func ohioRepossessionClaims() throws {
        let a = try Self.analyze(Self.ohioCar)
        let ids = a.claims.map(\.id)
        #expect(ids.contains("claim.fdcpa.inconvenient_time.1"))
        #expect(ids.contains("claim.fdcpa.after_cease.2") && ids.contains("claim.fdcpa.threat.2"))
        let late = try #require(a.claims.first { $0.id == "claim.fdcpa.inconvenient_time.1" })
        #expect(!late.sentence.contains("ended on"))
        #expect(late.sentence.contains("by 2027-01-05"))  // 1692k(d): one year from the call
        #expect(late.citations.map(\.text) == ["15 U.S.C. § 1692c(a)(1)", "15 U.S.C. § 1692k(d)"])
        // Notice dated 5 days before the sale; 3,200.50 + 10 % of 15,000 = 4,700.50.
        #expect(ids.contains("claim.ucc.notice_late"))
        let damages = try #require(a.claims.first { $0.id == "claim.ucc.minimum_damages" })
        #expect(damages.figures.contains { $0.label == "Minimum damages" && $0.value == .money(Money(cents: 470_050)) })
        #expect(ids.contains("claim.credit_reporting"))
        #expect(!a.findings.contains { $0.topic == .claim })  // said once, in analysis.claims
    }

    @Test func passedLimitIsADateNotANegativeCount() throws {
        let a = try Self.analyze(Self.ohioCar.replacingOccurrences(of: "2026-01-05", with: "2025-06-01"))
        let late = try #require(a.claims.first { $0.id.hasPrefix("claim.fdcpa.inconvenient_time") })
        #expect(late.sentence.contains("ended on 2026-06-01"))
        #expect(!late.figures.contains { $0.label == "Days remaining" })
    }

    @Test func debtBuyerCollectingItsOwnDebtIsOneParty() throws {
        let yaml = """
            id: buyer
            debtor: {name: Pat Example, address: {line1: 1 Main St, city: Columbus, state: OH, zip: "43215"}}
            original_creditor: {name: Big Bank}
            current_creditor: {name: Portfolio Buyers LLC}
            collector: {name: Portfolio Buyers LLC}
            debt: {balance_claimed: 1200}
            contacts: [{date: 2026-10-01, method: letter, by: collector}]
            """
        let a = try Self.analyze(yaml)
        #expect(a.fdcpa.parties.count == 1)
        #expect(a.fdcpa.parties.first?.kind == .debtBuyer)
        #expect(a.findings.contains { $0.id == "fdcpa.debt_buyer_one_party" })
    }

    @Test func spanishClaimsHaveNoEnglishLeaks() throws {
        let a = try Self.analyze(Self.ohioCar, .spanish)
        for finding in a.claims + a.information {
            #expect(!finding.sentence.contains(" de el ") && !finding.sentence.contains(" a el "), "\(finding.sentence)")
            #expect(!finding.sentence.contains("The "), "\(finding.id)")
        }
        #expect(a.claims.first { $0.id == "claim.fdcpa.inconvenient_time.1" }?.sentence.contains("5 de enero de 2027") == true)
    }

    @Test func retirementAndLienInformation() throws {
        let yaml = """
            id: ret
            debtor: {name: Pat Example, address: {line1: 1 Main St, city: Columbus, state: OH, zip: "43215"}}
            judgment: {court: Franklin County Municipal Court, case_number: "26CVF1", date: 2026-05-01, amount: 5000}
            assets:
              - {kind: home, description: House}
              - {kind: retirement_account, description: Work plan, retirement_type: 401k}
              - {kind: retirement_account, description: IRA, retirement_type: ira}
            """
        let a = try Self.analyze(yaml)
        let ids = a.information.map(\.id)
        #expect(ids == ["information.lien_home", "information.retirement", "information.retirement_state_law"])
        #expect(a.information[1].citations.first?.text == "29 U.S.C. § 1056(d)(1)")
        #expect(a.information[0].confidence == .unknown && a.information[2].confidence == .unknown)
    }

    @Test func wageClaimDeadlineRunsFromService() throws {
        let yaml = """
            id: mn
            debtor: {name: Pat Example, address: {line1: 1 Main St, city: Duluth, state: MN, zip: "55802"}}
            actions:
              garnishments:
                - {employer: E, pay_period: weekly, gross_earnings: 800, disposable_earnings: 640, amount_withheld: 160, served_on: 2026-11-20}
            """
        let a = try Self.analyze(yaml)
        let claim = try #require(a.exemptionClaims.first { $0.action == .wageGarnishment })
        // Minnesota: 10 days after service, 2026-11-20 + 10 = 2026-11-30.
        #expect(claim.deadline?.date == day("2026-11-30"))
        #expect(claim.deadline?.countedFrom == day("2026-11-20"))
    }

    @Test func levyLookbackRunsFromTheReviewDate() throws {
        let yaml = """
            id: rv
            debtor: {name: Pat Example, address: {line1: 1 Main St, city: Columbus, state: OH, zip: "43215"}}
            actions:
              levies:
                - {bank: B, balance: 900, frozen_on: 2026-10-05, reviewed_on: 2026-10-02, deposits: [{date: 2026-08-03, amount: 900, source: social_security, direct_deposit: true}]}
            """
        let a = try Self.analyze(yaml)
        let levy = try #require(a.levies.first)
        // Review 2026-10-02: the lookback is 2026-08-01 to 2026-10-01 (31 CFR 212.3), so the 2026-08-03
        // deposit counts; from the freeze date (2026-10-05) it would start 2026-08-04 and miss it.
        #expect(levy.lookbackStart == day("2026-08-01"))
        #expect(levy.protectedAmount == Money(cents: 90_000))
    }

    @Test func texasSampleClaims() throws {
        let a = try CaseAnalyzerTests.analysis("tx-vehicle-repossession.yaml")
        let ids = a.claims.map(\.id)
        // The 9:40 p.m. call of 2026-09-29 (contact 2) also threatened wages with no judgment.
        #expect(ids.contains("claim.fdcpa.inconvenient_time.2") && ids.contains("claim.fdcpa.threat.2"))
        #expect(a.claims.first { $0.id == "claim.fdcpa.threat.2" }?.sentence.contains("by 2027-09-29") == true)
        #expect(ids.contains("claim.ucc.notice_missing"))
        // 7,465.20 finance charge + 10 % of the 27,850.00 financed = 10,250.20.
        let damages = try #require(a.claims.first { $0.id == "claim.ucc.minimum_damages" })
        #expect(damages.figures.last?.value == .money(Money(cents: 1_025_020)))
        #expect(a.information.map(\.id) == ["information.retirement", "information.tax_forgiven"])
    }
}
