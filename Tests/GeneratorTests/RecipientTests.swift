import CaseModel
import Generator
import Templating
import Testing

/// Letters go to the collector, else the collection attorney, else the current creditor.
@Suite struct RecipientTests {
    func context(_ theCase: Case) throws -> TemplateValue {
        CaseContext.make(for: theCase, today: Repository.asOf, language: "en")
    }

    @Test func collectorWhenThereIsOne() throws {
        let c = try context(Repository.sample("tx-vehicle-repossession.yaml"))
        #expect(c.value(at: "recipient_role") == "collector")
        #expect(c.value(at: "recipient.name") == "Keystone Recovery Services, Inc.")
    }

    @Test func collectionAttorneyWithTheFirmOnTheAddress() throws {
        let c = try context(Repository.sample("ny-judicial-wage-garnishment.yaml"))
        #expect(c.value(at: "recipient_role") == "collection_attorney")
        #expect(c.value(at: "recipient.name") == "Renata K. Albright")
        #expect(c.value(at: "recipient.address.lines") == ["Albright Tierney PLLC", "90 State Street, Suite 1100", "Albany, NY 12207"])
        // The attorney's own entry is untouched.
        #expect(c.value(at: "collection_attorney.address.lines") == ["90 State Street, Suite 1100", "Albany, NY 12207"])
    }

    @Test func currentCreditorLast() throws {
        var theCase = try Repository.sample("ny-judicial-wage-garnishment.yaml")
        theCase.collectionAttorney = nil
        let c = try context(theCase)
        #expect(c.value(at: "recipient_role") == "current_creditor")
        #expect(c.value(at: "recipient.name") == "Hudson Mohawk Savings Bank")
    }

    @Test func noneWhenNoPartyCollects() throws {
        var theCase = try Repository.sample("ny-judicial-wage-garnishment.yaml")
        theCase.collectionAttorney = nil
        theCase.currentCreditor = nil
        let c = try context(theCase)
        #expect(c.value(at: "recipient") == nil)
        #expect(c.value(at: "recipient_role") == nil)
    }

    @Test func letterToTheAttorneyNamesTheAttorneyAndTheirFirstContact() throws {
        let generator = DocumentGenerator(library: Repository.library)
        let result = generator.generate(
            CaseJob(
                theCase: try Repository.sample("ny-judicial-wage-garnishment.yaml"),
                documents: ["cease-contact"], formats: [.txt], language: "en", today: Repository.asOf, force: true))
        #expect(result.failures.isEmpty)
        let text = String(decoding: try #require(result.files.first).bytes, as: UTF8.self)
        #expect(text.contains("Renata K. Albright\nAlbright Tierney PLLC\n90 State Street, Suite 1100"))
        #expect(text.contains("Dear Renata K. Albright:"))
        #expect(text.contains("You contacted me about this debt by letter on October 1, 2025."))
    }
}
