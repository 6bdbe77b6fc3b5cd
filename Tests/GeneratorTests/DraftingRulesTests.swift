import CaseModel
import Foundation
import Generator
import Testing
import TestSupport

/// docs/drafting-rules.md, enforced over every mailed or filed document (letters and claims, the
/// English copy to send and its Spanish reading copy) for every sample and constructed case, in
/// both languages and every format.
@Suite struct DraftingRulesTests {
    static let generator = DocumentGenerator(library: Repository.library)
    static let mailable = Set(
        Repository.library.templates.filter { ["letter", "claim"].contains($0.frontMatter.kind ?? "") }
            .map(\.frontMatter.id)
    ).sorted()
    static let letters = Set(Repository.library.templates.filter { $0.frontMatter.kind == "letter" }.map(\.frontMatter.id))

    /// The bundled samples and cases built from them to reach the rules' edges.
    static let cases: [String] = [
        "demo", "ca-nonjudicial-bank-levy", "ny-judicial-wage-garnishment", "tx-vehicle-repossession",
        "garnishment-within-federal-limit", "debt-buyer-collecting", "ohio-garnishment",
        "debt-buyer-no-collector", "lender-collecting-in-california",
    ]

    static func theCase(_ name: String) throws -> Case {
        switch name {
        case "garnishment-within-federal-limit":
            return try Repository.constructed("ny-judicial-wage-garnishment.yaml", ["amount_withheld: 248.00": "amount_withheld: 100.00"])
        case "debt-buyer-collecting":
            return try Repository.constructed(
                "tx-vehicle-repossession.yaml",
                ["Keystone Recovery Services, Inc.": "Meridian Receivables Group, LLC", "PO Box 61870": "2500 Westchase Parkway"])
        case "ohio-garnishment":
            return try Repository.constructed("ny-judicial-wage-garnishment.yaml", ["state: NY": "state: OH", "property_state: NY": "property_state: OH"])
        case "debt-buyer-no-collector":
            return try Repository.parse(CollectingPartyTests.buyerOnly)
        case "lender-collecting-in-california":
            return try Repository.parse(CollectingPartyTests.lenderInCalifornia)
        default:
            return try Repository.sample(name + ".yaml")
        }
    }

    @Test(arguments: cases, ["en", "es"])
    func mailedDocumentsFollowTheRules(_ name: String, language: String) throws {
        let theCase = try Self.theCase(name)
        let result = Self.generator.generate(CaseJob(theCase: theCase, documents: Self.mailable, language: language, today: Repository.asOf))
        var checked = 0
        for file in result.files {
            let id = file.documentID.split(separator: ".").first.map(String.init) ?? file.documentID
            guard Self.mailable.contains(id) else { continue }
            let text = try Self.text(of: file)
            let where_ = "\(name) \(file.relativePath)"
            #expect(
                DraftingRules.violations(in: text, language: file.language).isEmpty,
                "\(where_): \(DraftingRules.violations(in: text, language: file.language))")
            if Self.letters.contains(id) {
                for sentence in DraftingRules.nonAcknowledgment[file.language] ?? [] {
                    #expect(text.replacingOccurrences(of: "\n", with: " ").contains(sentence), "\(where_) lacks “\(sentence)”")
                }
                let allowed = Set([theCase.debt?.balanceClaimed, theCase.judgment?.amount].compactMap { $0.map(Self.printed) })
                let amounts = DraftingRules.amounts(in: text).filter { !allowed.contains($0) }
                #expect(amounts.isEmpty, "\(where_): amounts other than the claimed and judgment ones: \(amounts)")
            }
            checked += 1
        }
        #expect(checked > 0, "no mailed document for \(name) in \(language)")
        if language == "es" {
            // The copy to send is English; its Spanish reading copy is marked as not to be sent.
            for file in result.files where file.documentID.hasSuffix(".es") && file.format == .txt {
                #expect(try Self.text(of: file).contains("Copia de lectura: no la envíe"), "\(file.relativePath)")
                #expect(result.files.contains { $0.documentID == String(file.documentID.dropLast(3)) && $0.language == "en" })
            }
        }
    }

    @Test func aBankClaimListsDepositsInDateOrder() throws {
        let late = "        - date: 2026-09-12\n          amount: 150.00\n", early = "        - date: 2026-07-03\n          amount: 1482.00\n"
        let shuffled = try Repository.constructed("ca-nonjudicial-bank-levy.yaml", [late: "@@", early: late, "@@": early])
        #expect(shuffled.actions.levies.first?.deposits.first?.amount == Money(cents: 15_000))
        let result = Self.generator.generate(
            CaseJob(
                theCase: shuffled, documents: ["bank-levy-exemption"], formats: [.txt],
                language: "en", today: Repository.asOf))
        let text = String(decoding: try #require(result.files.first).bytes, as: UTF8.self)
        let dates = ["July 3, 2026", "August 3, 2026", "September 3, 2026", "September 12, 2026"].map { text.range(of: $0)?.lowerBound }
        #expect(dates.allSatisfy { $0 != nil } && dates.map { $0! } == dates.map { $0! }.sorted())
    }

    @Test func theRulesCatchWhatTheyForbid() {
        #expect(!DraftingRules.violations(in: "The amount claimed is $1.00 more than my figures give.", language: "en").isEmpty)
        #expect(!DraftingRules.violations(in: "the 30-day period to dispute this debt has ended", language: "en").isEmpty)
        #expect(!DraftingRules.violations(in: "The $275.00 withheld is within the federal limit", language: "en").isEmpty)
        #expect(!DraftingRules.violations(in: "Check with a lawyer before you file.", language: "en").isEmpty)
        #expect(!DraftingRules.violations(in: "el plazo de 30 días ya terminó", language: "es").isEmpty)
        #expect(DraftingRules.amounts(in: "of $1,838.42 and -$5.00") == ["$1,838.42", "-$5.00"])
    }

    /// `$1,234.56`, as the money filter prints it.
    static func printed(_ money: Money) -> String {
        let dollars = abs(money.cents) / 100, cents = abs(money.cents) % 100
        var digits = String(dollars), grouped = ""
        while digits.count > 3 { grouped = "," + digits.suffix(3) + grouped; digits = String(digits.dropLast(3)) }
        return (money.cents < 0 ? "-$" : "$") + digits + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// The document's words, whatever the format: text as written, HTML without its tags, DOCX's paragraphs.
    static func text(of file: GeneratedFile) throws -> String {
        switch file.format {
        case .txt:
            return String(decoding: file.bytes, as: UTF8.self)
        case .html:
            let html = String(decoding: file.bytes, as: UTF8.self)
            let body = html.range(of: "<body").map { String(html[$0.lowerBound...]) } ?? html
            return body.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "[ \t]+", with: " ", options: .regularExpression)
        case .docx:
            return try DOCXParts(file.bytes).paragraphTexts().joined(separator: "\n")
        }
    }
}
