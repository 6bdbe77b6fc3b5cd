import CaseModel
import Generator
import Testing

/// Letters reach whoever is collecting, with FDCPA wording that follows the analysis' one verdict
/// on that party (docs/drafting-rules.md, "Who the letter goes to").
@Suite struct CollectingPartyTests {
    static let generator = DocumentGenerator(library: Repository.library)

    /// A debt buyer (a current creditor other than the original lender) with no collector, in Ohio.
    static let buyerOnly = """
        id: buyer-only
        debtor: {name: Pat Example, address: {line1: 1 Main St, city: Columbus, state: OH, zip: "43215"}}
        original_creditor: {name: Big Bank}
        current_creditor: {name: Portfolio Buyers LLC, address: {line1: 5 Market St, city: Columbus, state: OH, zip: "43215"}}
        debt: {account_number: "99887766", balance_claimed: 1200, disputed: true}
        contacts: [{date: 2026-10-01, method: letter, by: current_creditor}]
        validation_notice_received: 2026-11-10
        """

    /// A California lender collecting its own debt: original and current creditor are one.
    static let lenderInCalifornia = """
        id: ca-lender
        debtor: {name: Pat Example, address: {line1: 1 Main St, city: Fresno, state: CA, zip: "93703"}}
        original_creditor: {name: Big Bank}
        current_creditor: {name: Big Bank, address: {line1: 5 Market St, city: Fresno, state: CA, zip: "93703"}}
        debt: {account_number: "99887766", balance_claimed: 1200, disputed: true}
        contacts: [{date: 2026-10-01, method: letter, by: current_creditor}]
        validation_notice_received: 2026-11-10
        """

    static func texts(_ yaml: String, _ documents: [String] = [], language: String = "en") throws -> [String: String] {
        let theCase = try Repository.parse(yaml)
        let ids = documents.isEmpty ? Repository.library.templates.map(\.frontMatter.id) : documents
        let result = generator.generate(
            CaseJob(theCase: theCase, documents: Array(Set(ids)).sorted(), formats: [.txt], language: language, today: Repository.asOf))
        var out: [String: String] = [:]
        for file in result.files { out[file.documentID] = String(decoding: file.bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: " ") }
        return out
    }

    @Test func aDebtBuyerWithNoCollectorGetsTheLetters() throws {
        let texts = try Self.texts(Self.buyerOnly)
        let cease = try #require(texts["cease-contact"], "no cease-contact letter: \(texts.keys.sorted())")
        #expect(texts["dispute"] != nil)
        #expect(cease.contains("Dear Portfolio Buyers LLC:"))
        // Coverage rests on the principal-purpose prong, conditionally; never asserted as settled.
        #expect(cease.contains("\"the principal purpose of which is the collection of any debts\" (15 U.S.C. § 1692a(6))"))
        #expect(cease.contains("If that describes your business, the federal rules cited in this letter apply to you."))
        #expect(cease.contains("If you are a debt collector, then after you receive this letter"))
        #expect(!cease.contains("I understand that after you receive this letter"))
        // Ownership is what the dispute asks the buyer to prove: no letter concedes it.
        for id in ["cease-contact", "dispute"] {
            #expect(texts[id]?.contains("You own this debt") == false, "\(id)")
            #expect(texts[id]?.contains("You say that you own this debt") == true, "\(id)")
        }
        // The furnisher's duty holds whether or not the buyer is a debt collector.
        #expect(texts["dispute"]?.contains("(15 U.S.C. §§ 1692e(8), 1681s-2(a)(3))") == true)
        let guide = try #require(texts["cease-contact-guide"])
        #expect(!guide.contains("may still contact you"))
        #expect(guide.contains("Federal law makes Portfolio Buyers LLC stop contacting you only if it is a \"debt collector\""))
    }

    @Test func aLenderCollectingItsOwnDebtGetsLettersWithoutTheFDCPA() throws {
        let texts = try Self.texts(Self.lenderInCalifornia)
        for id in ["cease-contact", "dispute"] {
            let text = try #require(texts[id], "no \(id): \(texts.keys.sorted())")
            #expect(!text.contains("Under the Fair Debt Collection Practices Act") && !text.contains("FDCPA"), "\(id)")
            #expect(!text.contains("1692"), "\(id)")
            #expect(
                text.contains(
                    "California law, the Rosenthal Fair Debt Collection Practices Act (Cal. Civ. Code §§ 1788.2(c), 1788.17), governs how you collect this debt."
                ), "\(id)")
        }
        #expect(texts["cease-contact"]?.contains("I ask you to stop all communication with me about this debt.") == true)
        #expect(texts["dispute"]?.contains("15 U.S.C. § 1681s-2(a)(3)") == true)
        #expect(texts["dispute"]?.contains("that you own this debt") == false)
    }

    @Test func aSpanishReadingCopyFollowsTheSameVerdict() throws {
        let texts = try Self.texts(Self.lenderInCalifornia, ["cease-contact"], language: "es")
        let reading = try #require(texts["cease-contact.es"])
        #expect(!reading.contains("1692c(c)"))
        #expect(reading.contains("La ley estatal Rosenthal Fair Debt Collection Practices Act (Cal. Civ. Code §§ 1788.2(c), 1788.17) rige"))
    }

    @Test func aCollectionAgencyStillGetsTheSettledFDCPAText() throws {
        let texts = try Self.texts(
            Self.buyerOnly.replacingOccurrences(
                of: "debt: {", with: "collector: {name: Acme Recovery, address: {line1: 2 Elm St, city: Dayton, state: OH, zip: \"45402\"}}\ndebt: {"),
            ["cease-contact"])
        let cease = try #require(texts["cease-contact"])
        #expect(cease.contains("Dear Acme Recovery:"))
        #expect(cease.contains("I understand that after you receive this letter, the law allows you"))
        #expect(!cease.contains("If that describes your business"))
    }
}
