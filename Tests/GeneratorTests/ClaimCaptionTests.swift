import CaseModel
import Generator
import Testing

/// A claim's caption names the plaintiff as the judgment does, the state's own enforcing officer
/// where its words were confirmed, and the claim asks for the date once.
@Suite struct ClaimCaptionTests {
    static let generator = DocumentGenerator(library: Repository.library)

    static func text(_ theCase: Case, _ document: String, language: String = "en") throws -> String {
        let result = generator.generate(
            CaseJob(theCase: theCase, documents: [document], formats: [.txt], language: language, today: Repository.asOf, force: true))
        #expect(result.failures.isEmpty, "\(result.failures)")
        return String(decoding: try #require(result.files.first { $0.documentID == document }).bytes, as: UTF8.self)
    }

    @Test func thePlaintiffIsTheOneTheJudgmentNames() throws {
        let named = try Repository.constructed(
            "ca-nonjudicial-bank-levy.yaml", ["plaintiff: Pinnacle Note Acquisitions, LLC": "plaintiff: Pinnacle Note Trust 2024-A"])
        let claim = try Self.text(named, "bank-levy-exemption")
        #expect(claim.contains("Pinnacle Note Trust 2024-A,\nPlaintiff (judgment creditor)"))
        #expect(try Self.text(named, "bank-levy-exemption-guide").contains("plaintiff (Pinnacle Note Trust 2024-A)"))
        // Without it, the current creditor, and the guide asks for the court papers' name.
        let unnamed = try Repository.constructed("ca-nonjudicial-bank-levy.yaml", ["  plaintiff: Pinnacle Note Acquisitions, LLC": "  # no plaintiff"])
        #expect(unnamed.judgment?.plaintiff == nil)
        #expect(try Self.text(unnamed, "bank-levy-exemption").contains("Pinnacle Note Acquisitions, LLC,\nPlaintiff (judgment creditor)"))
        let guide = try Self.text(unnamed, "bank-levy-exemption-guide").replacingOccurrences(of: "\n", with: " ")
        #expect(guide.contains("Check the plaintiff's name before you file."))
        #expect(guide.contains("exactly as it is written on the judgment"))
    }

    @Test func theOfficerIsNamedInTheStatesOwnWordsOnly() throws {
        let california = try Self.text(try Repository.sample("ca-nonjudicial-bank-levy.yaml"), "bank-levy-exemption")
        #expect(california.contains("File No. of the levying officer:"))
        // Delaware: the one state whose claim procedure is still unknown (docs/legal-rules.md).
        let delaware = try Repository.constructed("ny-judicial-wage-garnishment.yaml", ["state: NY": "state: DE", "property_state: NY": "property_state: DE"])
        let claim = try Self.text(delaware, "wage-garnishment-exemption")
        #expect(!claim.contains("levying officer") && !claim.contains("File No. of the"))
        // Where the state's filing rule is unknown, the guide says so in neutral words.
        let guide = try Self.text(delaware, "wage-garnishment-exemption-guide").replacingOccurrences(of: "\n", with: " ")
        #expect(guide.contains("Where to file: with the court that issued the garnishment"))
        #expect(guide.contains("not confirmed for your state"))
        #expect(
            try Self.text(try Repository.sample("ca-nonjudicial-bank-levy.yaml"), "bank-levy-exemption-guide").contains(
                "Where to file: The levying officer (sheriff or marshal)"))
    }

    @Test func theCaliforniaClaimAsksTheDateOnce() throws {
        for document in ["bank-levy-exemption", "wage-garnishment-exemption"] {
            let ca = try Repository.constructed("ca-nonjudicial-bank-levy.yaml", [:])
            var theCase = ca
            if document == "wage-garnishment-exemption" {
                theCase = try Repository.constructed(
                    "ny-judicial-wage-garnishment.yaml", ["state: NY": "state: CA", "property_state: NY": "property_state: CA"])
            }
            let claim = try Self.text(theCase, document)
            #expect(claim.components(separatedBy: "Executed on").count == 2, "\(document)")
            #expect(!claim.contains("Date: "), "\(document)")
        }
        // A sworn statement before a notary keeps the signer's date line.
        let ohio = try Repository.constructed("ny-judicial-wage-garnishment.yaml", ["state: NY": "state: OH", "property_state: NY": "property_state: OH"])
        #expect(try Self.text(ohio, "wage-garnishment-exemption").components(separatedBy: "Date: ").count == 2)
    }
}
