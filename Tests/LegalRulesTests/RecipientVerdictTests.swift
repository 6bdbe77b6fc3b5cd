import CaseModel
import LegalRules
import Testing

/// The party letters go to gets one FDCPA verdict, the same as its line among the parties, and the
/// state collection law that reaches it.
@Suite struct RecipientVerdictTests {
    static func analyze(_ parties: String, state: String = "OH", contacts: String = "") throws -> CaseAnalysis {
        try ClaimsAndFactsTests.analyze(
            """
            id: r
            debtor: {name: Pat Example, address: {line1: 1 Main St, city: Town, state: \(state), zip: "10001"}}
            \(parties)
            debt: {balance_claimed: 1200}
            \(contacts)
            """)
    }

    @Test func aDebtBuyerWithNoCollectorIsTheRecipientAndMayBeACollector() throws {
        let a = try Self.analyze(
            "original_creditor: {name: Big Bank}\ncurrent_creditor: {name: Buyer LLC}",
            contacts: "contacts: [{date: 2026-10-01, method: letter, by: current_creditor}]")
        let recipient = try #require(a.fdcpa.recipient)
        #expect(recipient.role == "current_creditor" && recipient.name == "Buyer LLC")
        #expect(recipient.kind == .debtBuyer && recipient.debtCollector == .possible)
        #expect(a.fdcpa.parties.map(\.kind) == [.debtBuyer])
    }

    @Test func aLenderCollectingItsOwnDebtIsNotACollectorButRosenthalReachesIt() throws {
        let a = try Self.analyze("original_creditor: {name: Big Bank}\ncurrent_creditor: {name: Big Bank}", state: "CA")
        let recipient = try #require(a.fdcpa.recipient)
        #expect(recipient.debtCollector == .unlikely)
        #expect(recipient.stateLaw == "Rosenthal Fair Debt Collection Practices Act")
        #expect(recipient.stateLawCitation == "Cal. Civ. Code §§ 1788.2(c), 1788.17")
        #expect(recipient.stateName == "California")
        // Ohio: no collection law on file reaching a creditor, so none is named.
        let ohio = try Self.analyze("original_creditor: {name: Big Bank}\ncurrent_creditor: {name: Big Bank}")
        #expect(ohio.fdcpa.recipient?.debtCollector == .unlikely && ohio.fdcpa.recipient?.stateLaw == nil)
    }

    @Test func oneNameInTwoRolesHasOneVerdict() throws {
        // The owner collects itself and no original creditor is named: unknown for both roles, not
        // "collection agency" for one and "unknown" for the other.
        let a = try Self.analyze(
            "current_creditor: {name: Owner LLC}\ncollector: {name: Owner LLC}",
            contacts: "contacts: [{date: 2026-10-01, method: letter, by: collector}, {date: 2026-10-05, method: phone, by: current_creditor}]")
        #expect(a.fdcpa.parties.count == 1)
        #expect(a.fdcpa.parties.first?.kind == .unknown)
        #expect(a.fdcpa.recipient?.role == "collector" && a.fdcpa.recipient?.kind == .unknown)
        // The original lender named as collector, with no one else owning the debt.
        let lender = try Self.analyze("original_creditor: {name: Big Bank}\ncollector: {name: Big Bank}")
        #expect(lender.fdcpa.recipient?.debtCollector == .unlikely)
        #expect(lender.fdcpa.parties.map(\.kind) == [.originalCreditor])
    }

    @Test func anOriginalCreditorIsARecipientOnlyOnceItMadeContact() throws {
        let silent = try Self.analyze("original_creditor: {name: Big Bank}")
        #expect(silent.fdcpa.recipient == nil)
        let calling = try Self.analyze(
            "original_creditor: {name: Big Bank}", contacts: "contacts: [{date: 2026-10-01, method: phone, by: original_creditor}]")
        #expect(calling.fdcpa.recipient?.role == "original_creditor" && calling.fdcpa.recipient?.debtCollector == .unlikely)
    }

    @Test func aCollectionAgencyIsLikely() throws {
        let a = try Self.analyze("original_creditor: {name: Big Bank}\ncollector: {name: Acme Recovery}")
        #expect(a.fdcpa.recipient?.debtCollector == .likely)
    }
}
