import CaseModel
import DocumentTree
import Foundation
import Generator
import LibXML
import Testing
import TestSupport

/// The whole pipeline on the bundled samples: case file → context → template → tree → bytes.
@Suite struct EndToEndTests {
    let generator = DocumentGenerator(library: Repository.library)

    func files(_ theCase: Case, documents: [String] = ["cease-contact"], language: String? = "en") -> CaseJobResult {
        generator.generate(CaseJob(theCase: theCase, documents: documents, language: language, today: Repository.asOf, force: true))
    }

    @Test func demoCeaseContactMatchesGoldenFiles() throws {
        let result = files(try Repository.sample("demo.yaml"))
        #expect(result.failures.isEmpty)
        #expect(result.files.map(\.relativePath) == ["demo/cease-contact.txt", "demo/cease-contact.html", "demo/cease-contact.docx"])
        for file in result.files {
            switch file.format {
            case .txt, .html:
                assertSnapshot(String(decoding: file.bytes, as: UTF8.self), named: "demo-cease-contact.\(file.format.rawValue)")
            case .docx:
                try assertDOCXSnapshot(file.bytes, named: "demo-cease-contact.docx")
            }
        }
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let theCase = try Repository.sample("demo.yaml")
        let first = files(theCase).files
        let second = files(theCase).files
        #expect(first.count == 3)
        #expect(first == second)
    }

    @Test func letterCarriesTheFactsOfTheCase() throws {
        let result = files(try Repository.sample("demo.yaml"))
        let text = try #require(result.files.first { $0.format == .txt }).bytes
        let letter = String(decoding: text, as: UTF8.self)
        #expect(letter.contains("Keystone Recovery Services, Inc."))
        #expect(letter.contains("Re: Account ending in 2094"))
        #expect(letter.contains("VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED, No. ____"))
        #expect(letter.contains("November 27, 2026"))
        #expect(letter.contains("15 U.S.C. § 1692c(c)"))
        #expect(letter.contains("I also dispute this debt."))
        #expect(letter.contains("is not an acknowledgment that I owe this debt"))
        // The debtor's pages are in the guide, not in the letter that is mailed.
        #expect(!letter.contains("This is not legal advice."))
    }

    /// A levy whose deposits are not listed yet still gets its claim, which says what is missing
    /// instead of failing on the protected amount it cannot compute.
    @Test(arguments: ["en", "es"]) func bankLevyClaimWithoutDeposits(language: String) throws {
        var theCase = try Repository.sample("ca-nonjudicial-bank-levy.yaml")
        theCase.actions.levies[0].deposits = []
        let result = files(theCase, documents: ["bank-levy-exemption"], language: language)
        #expect(result.failures.isEmpty)
        let text = try #require(result.files.first { $0.format == .txt && $0.relativePath.hasSuffix("exemption.txt") })
        #expect(String(decoding: text.bytes, as: UTF8.self).contains("actions.levies[0].deposits"))
    }

    @Test func disputeParagraphOnlyWhenDisputed() throws {
        var theCase = try Repository.sample("demo.yaml")
        theCase.debt?.disputed = false
        theCase.debt?.disputeReasons = []
        let text = try #require(files(theCase).files.first { $0.format == .txt })
        #expect(!String(decoding: text.bytes, as: UTF8.self).contains("dispute this debt"))
    }

    @Test func fullAccountAndSocialSecurityNumbersNeverAppear() throws {
        let yaml = try String(contentsOfFile: Repository.root + "/samples/demo.yaml", encoding: .utf8)
            .replacingOccurrences(of: "  employer:", with: "  ssn: 123-45-6789\n  employer:")
        let theCase = try #require(CaseParser.parse(yaml, format: .yaml, asOf: Repository.asOf).value)
        for file in files(theCase).files {
            let texts: [String] =
                file.format == .docx
                ? try DOCXParts(file.bytes).parts.values.map { $0 }
                : [String(decoding: file.bytes, as: UTF8.self)]
            for text in texts {
                #expect(!text.contains("55812094"), "\(file.relativePath) shows the full account number")
                #expect(!text.contains("7730"), "\(file.relativePath) shows part of the account number beyond the last four")
                #expect(!text.contains("123-45"), "\(file.relativePath) shows an SSN")
            }
        }
    }

    @Test func missingRequiredFieldsAreListedTogether() throws {
        var theCase = try Repository.sample("demo.yaml")
        // The letter goes to the collector, else the collection attorney, else the current creditor.
        theCase.collector = nil
        theCase.collectionAttorney = nil
        theCase.currentCreditor = nil
        theCase.debt?.accountNumber = nil
        let result = files(theCase)
        #expect(result.files.isEmpty)
        let failure = try #require(result.failures.first)
        guard case let .missingRequiredFields(id, paths) = failure else {
            Issue.record("expected missing required fields, got \(failure)")
            return
        }
        #expect(id == "cease-contact")
        #expect(paths == ["recipient.name", "recipient.address", "debt.account_number"])
    }

    @Test func draftModeShowsPlaceholdersInsteadOfFailing() throws {
        var theCase = try Repository.sample("demo.yaml")
        theCase.collector = nil
        theCase.collectionAttorney = nil
        theCase.currentCreditor = nil
        let result = generator.generate(
            CaseJob(
                theCase: theCase, documents: ["cease-contact"], formats: [.txt],
                language: "en", today: Repository.asOf, draft: true, force: true))
        #expect(result.failures.isEmpty)
        let text = String(decoding: try #require(result.files.first).bytes, as: UTF8.self)
        #expect(text.contains("[RECIPIENT NAME]"))
    }

    @Test func unknownDocumentIsReported() throws {
        let result = files(try Repository.sample("demo.yaml"), documents: ["no-such-letter"])
        guard case .unknownDocument(let id, _, let available)? = result.failures.first else {
            Issue.record("expected unknownDocument")
            return
        }
        #expect(id == "no-such-letter")
        #expect(available.contains("cease-contact"))
    }
}
