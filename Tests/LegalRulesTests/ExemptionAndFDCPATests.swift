import CaseModel
import Foundation
import Testing
@testable import LegalRules

@Suite struct ExemptionAndFDCPATests {
    @Test func californiaLevyClaimDeadline() {
        // CCP 703.520(a): 15 days after personal service on 2026-03-20 → 2026-04-04.
        let f = ExemptionClaimRule.findings(for: .CA, action: .bankLevy, triggerDate: day("2026-03-20"), asOf: day("2026-03-25"))
        #expect(f.count == 1)
        #expect(f[0].figures.contains(.date("Deadline (estimate)", day("2026-04-04"))))
        #expect(f[0].sentence.contains("EJ-160"))
        #expect(f[0].sentence.contains("20 days"))
    }

    @Test func unknownStateSaysSo() {
        let f = ExemptionClaimRule.findings(for: .AL, action: .bankLevy, triggerDate: day("2026-03-20"), asOf: day("2026-03-25"))
        #expect(f.map(\.id) == ["exemption_claim.unknown"])
        #expect(f[0].confidence == .unknown)
    }

    @Test func everyClaimRuleIsCited() {
        for rule in ExemptionClaimRule.all {
            #expect(!rule.citations.isEmpty, "\(rule.jurisdiction)")
            if let d = rule.deadline { #expect(!d.citations.isEmpty, "\(rule.jurisdiction)") }
        }
        for rule in VehicleRepossessionRule.all { #expect(!rule.citations.isEmpty, "\(rule.id)") }
    }

    struct WindowCase: Sendable, CustomTestStringConvertible {
        let received: String?, printedEnd: String?, asOf: String, end: String?, open: Bool?
        var testDescription: String { "received \(received ?? "-") end \(printedEnd ?? "-") as of \(asOf)" }
    }

    static let windows: [WindowCase] = [
        WindowCase(received: "2026-01-15", printedEnd: nil, asOf: "2026-02-14", end: "2026-02-14", open: true),  // 15 + 30 days
        WindowCase(received: "2026-01-15", printedEnd: nil, asOf: "2026-02-15", end: "2026-02-14", open: false),
        WindowCase(received: "2026-01-31", printedEnd: nil, asOf: "2026-02-01", end: "2026-03-02", open: true),  // across February
        WindowCase(received: "2026-01-15", printedEnd: "2026-02-20", asOf: "2026-02-18", end: "2026-02-20", open: true),  // notice wins
        WindowCase(received: nil, printedEnd: nil, asOf: "2026-02-18", end: nil, open: nil),
    ]

    @Test(arguments: windows)
    func validationWindow(_ c: WindowCase) {
        let w = ValidationWindow(noticeReceived: c.received.map(day), noticeEndDate: c.printedEnd.map(day), asOf: day(c.asOf))
        #expect(w.endDate == c.end.map(day))
        #expect(w.isOpen == c.open)
        if c.printedEnd == nil, c.received != nil { #expect(w.finding.sentence.contains("estimate")) }
    }

    @Test func rosenthalReachesOriginalCreditors() {
        let ca = DebtCollectorStatus.findings(for: .originalCreditor, jurisdiction: .CA).map(\.id)
        #expect(ca == ["fdcpa.debt_collector.unlikely", "rosenthal.covered"])
        let tx = DebtCollectorStatus.findings(for: .originalCreditor, jurisdiction: .TX).map(\.id)
        // The Texas Debt Collection Act reaches anyone collecting consumer debts (Fin. Code 392.001(6)).
        #expect(tx == ["fdcpa.debt_collector.unlikely", "state_collection_law.covered"])
        // Its conduct sections bind a lender or a buyer; the surety bond (§ 392.101) only a third-party collector.
        for party in [ContactingParty.originalCreditor, .debtBuyer] {
            let law = DebtCollectorStatus.findings(for: party, jurisdiction: .TX)[1]
            #expect(law.citations.map(\.text) == ["Tex. Fin. Code §§ 392.001(6), 392.301–392.306"], "\(party)")
            #expect(!law.sentence.contains("392.101") && law.sentence.contains("392.301–392.306"), "\(party)")
        }
        let txAgency = DebtCollectorStatus.findings(for: .collectionAgency, jurisdiction: .TX)
        #expect(txAgency.flatMap { $0.citations.map(\.text) }.contains("Tex. Fin. Code § 392.101"))
        let oh = DebtCollectorStatus.findings(for: .originalCreditor, jurisdiction: .OH).map(\.id)
        #expect(oh == ["fdcpa.debt_collector.unlikely", "state_collection_law.unknown"])
        let agency = DebtCollectorStatus.findings(for: .collectionAgency, jurisdiction: .NY)
        #expect(agency.first?.id == "fdcpa.debt_collector.likely")
    }

    @Test func findingsRoundTripThroughJSON() throws {
        let r = BankLevyCalculator.calculate(
            accountReview: day("2026-05-15"), balance: cents(100_000),
            deposits: [Deposit(date: day("2026-05-03"), amount: cents(120_000), source: .ssi, directDeposit: true)])
        let data = try JSONEncoder().encode(r.findings)
        let back = try JSONDecoder().decode([Finding].self, from: data)
        #expect(back == r.findings)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""money":"1000.00""#))
        #expect(text.contains(#""date":"2026-05-14""#))
    }
}
