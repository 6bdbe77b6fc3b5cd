import CaseModel
import Foundation
import Generator
import Templating
import Testing

/// A job that names no documents renders the ones that apply; a case id never leaves its folder.
@Suite struct DefaultSelectionTests {
    static let samples = ["ca-nonjudicial-bank-levy", "demo", "ny-judicial-wage-garnishment", "tx-vehicle-repossession"]
    let generator = DocumentGenerator(library: Repository.library)

    @Test(arguments: samples)
    func noDocumentsMeansThePacketsDocuments(_ sample: String) throws {
        let theCase = try Repository.sample(sample + ".yaml")
        let result = generator.generate(CaseJob(theCase: theCase, formats: [.txt], language: "en", today: Repository.asOf))
        #expect(result.failures.isEmpty, "\(result.failures)")
        let packet = generator.generatePacket(CaseJob(theCase: theCase, formats: [.txt], language: "en", today: Repository.asOf))
        let packetDocuments = packet.files.map(\.documentID).filter { $0 != "index" && $0 != "packet" }
        #expect(!packetDocuments.isEmpty)
        #expect(result.files.map(\.documentID) == packetDocuments)
        #expect(!result.files.contains { $0.relativePath.hasSuffix("/index.html") || $0.relativePath.contains("/packet.") })
    }

    @Test func aNamedDocumentThatDoesNotApplyIsRefusedUnlessForced() throws {
        let theCase = try Repository.sample("demo.yaml")
        let all = Set(Repository.library.templates.map(\.frontMatter.id))
        let applying = Set(
            generator.generate(
                CaseJob(
                    theCase: theCase, formats: [.txt], language: "en",
                    today: Repository.asOf)
            ).files.map(\.documentID))
        let other = try #require(all.subtracting(applying).sorted().first)
        let refused = generator.generate(
            CaseJob(
                theCase: theCase, documents: [other], formats: [.txt], language: "en",
                today: Repository.asOf, draft: true))
        #expect(refused.files.isEmpty)
        let condition = try #require(Repository.library.templates.first { $0.frontMatter.id == other }?.frontMatter.fields["applies_when"])
        #expect(
            refused.failures.map(\.description) == [
                "\(other) applies when \(condition); this case does not meet that, so it was not written (--force writes it anyway)"
            ])
        let forced = generator.generate(
            CaseJob(
                theCase: theCase, documents: [other], formats: [.txt], language: "en",
                today: Repository.asOf, draft: true, force: true))
        #expect(forced.failures.isEmpty)
        #expect(forced.files.map(\.documentID) == [other])
    }

    @Test func theWageClaimIsRefusedForACaseWithoutAGarnishment() throws {
        let theCase = try Repository.sample("tx-vehicle-repossession.yaml")
        let result = generator.generate(
            CaseJob(
                theCase: theCase, documents: ["wage-garnishment-exemption", "intake-summary"],
                formats: [.txt], language: "en", today: Repository.asOf))
        #expect(result.files.map(\.documentID) == ["intake-summary"])
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.description.hasPrefix("wage-garnishment-exemption applies when ") == true)
    }

    @Test(arguments: ["../../escaped", "/etc/cron.d/x", "..", "a\\..\\..\\b", "CON"])
    func caseIDsCannotNameAPathOutsideTheFolder(_ id: String) throws {
        var theCase = try Repository.sample("demo.yaml")
        theCase.id = id  // built in code, past the decoder's own check
        for result in [
            generator.generate(
                CaseJob(
                    theCase: theCase, documents: ["cease-contact"], formats: [.txt], language: "en",
                    today: Repository.asOf, draft: true, force: true)),
            generator.generatePacket(CaseJob(theCase: theCase, formats: [.txt], language: "en", today: Repository.asOf, draft: true)),
        ] {
            #expect(!result.files.isEmpty)
            for file in result.files {
                let components = file.relativePath.split(separator: "/", omittingEmptySubsequences: false)
                #expect(components.count == 2, "\(file.relativePath)")
                #expect(!components[0].hasPrefix(".") && !components[0].isEmpty && !components[0].contains("\\"))
                #expect(components[0] == Substring(SafeName.distinctName(for: id)))
            }
        }
    }
}
