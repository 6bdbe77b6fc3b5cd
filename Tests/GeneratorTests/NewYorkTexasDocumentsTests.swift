import CaseModel
import Foundation
import Generator
import Testing

/// The New York and Texas points of the attorney review (issue 13), in the documents themselves,
/// in every format and both languages: New York's income execution answered by a motion, its bank
/// claim citing the earnings exemption, and intake summaries written for the lawyer.
@Suite struct NewYorkTexasDocumentsTests {
    static let generator = DraftingRulesTests.generator

    static func texts(_ theCase: Case, _ documents: [String], language: String = "en") throws -> [(String, String)] {
        let result = generator.generate(CaseJob(theCase: theCase, documents: documents, language: language, today: Repository.asOf, force: true))
        return try result.files.map { ($0.relativePath, try DraftingRulesTests.text(of: $0).replacingOccurrences(of: "\n", with: " ")) }
    }

    @Test(arguments: ["en", "es"])
    func newYorkWagesAreAnsweredByAnOrderToShowCause(language: String) throws {
        let theCase = try Repository.sample("ny-judicial-wage-garnishment.yaml")
        let files = try Self.texts(theCase, ["wage-garnishment-exemption"], language: language)
        #expect(files.count == (language == "en" ? 3 : 6))
        for (path, text) in files {
            let flat = text.replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
            if path.contains(".es.") {
                #expect(flat.contains("Orden para mostrar causa"), "\(path)")
                #expect(flat.contains("Declaración en apoyo"), "\(path)")
            } else {
                #expect(flat.contains("Order to show cause to vacate or modify the income execution"), "\(path)")
                #expect(flat.contains("Affirmation in support"), "\(path)")
                #expect(flat.contains("CPLR 5240 and CPLR 5231"), "\(path)")
                // $248 withheld is within both limits: they are stated as law, not argued as grounds.
                #expect(flat.contains("The limits on an income execution"), "\(path)")
                #expect(flat.contains("Ground for the motion: the reasonable requirements of my household (CPLR 5240)"), "\(path)")
                #expect(!flat.contains("Ground 1") && !flat.contains("Ground 2"), "\(path)")
                #expect(!flat.contains("Claim of exemption from wage garnishment and request for hearing"), "\(path)")
            }
        }
        // Withholding beyond a limit makes the limits grounds again.
        let over = try Repository.constructed("ny-judicial-wage-garnishment.yaml", ["amount_withheld: 248.00": "amount_withheld: 600.00"])
        for (path, text) in try Self.texts(over, ["wage-garnishment-exemption"], language: language) {
            let flat = text.replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
            if path.contains(".es.") {
                #expect(flat.contains("Fundamento 2: el límite de Nueva York (CPLR 5231(b))"), "\(path)")
                #expect(flat.contains("Fundamento 3: las necesidades razonables"), "\(path)")
            } else {
                #expect(flat.contains("Ground 2: the New York limit (CPLR 5231(b))"), "\(path)")
                #expect(flat.contains("Ground 3: the reasonable requirements"), "\(path)")
                #expect(!flat.contains("The limits on an income execution"), "\(path)")
            }
        }
        // Other states keep the claim of exemption.
        let ohio = try Repository.constructed("ny-judicial-wage-garnishment.yaml", ["state: NY": "state: OH", "property_state: NY": "property_state: OH"])
        let ohioText = try #require(try Self.texts(ohio, ["wage-garnishment-exemption"]).first).1
        #expect(ohioText.contains("Claim of exemption from wage garnishment"))
        #expect(!ohioText.contains("Order to show cause"))
    }

    /// The guide walks through the order to show cause, and the affirmation closes under CPLR 2106
    /// without a "Verification" heading; other states keep the claim's steps and heading.
    @Test(arguments: ["en", "es"])
    func newYorkGuideAndAffirmationFitTheMotion(language: String) throws {
        let theCase = try Repository.sample("ny-judicial-wage-garnishment.yaml")
        let guides = try Self.texts(theCase, ["wage-garnishment-exemption-guide"], language: language)
        #expect(!guides.isEmpty)
        for (path, text) in guides {
            let flat = text.replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
            if language == "es" {
                #expect(flat.contains("Cómo y cuándo presentar la moción"), "\(path)")
                #expect(flat.contains("Vaya a la audiencia en la fecha que dice la orden"), "\(path)")
                #expect(!flat.contains("Firme el reclamo"), "\(path)")
                #expect(flat.contains("Plazo: no se encontró una fecha límite fija"), "\(path)")
            } else {
                #expect(flat.contains("How and when to bring the motion"), "\(path)")
                #expect(flat.contains("Ask the clerk to give the order to show cause to a judge to sign"), "\(path)")
                #expect(flat.contains("Go to the hearing on the date in the order"), "\(path)")
                #expect(!flat.contains("Sign the claim"), "\(path)")
                #expect(!flat.contains("file the claim"), "\(path)")
            }
        }
        for (path, text) in try Self.texts(theCase, ["wage-garnishment-exemption"], language: language) {
            #expect(text.contains("CPLR 2106"), "\(path)")
            #expect(!text.contains("Verification") && !text.contains("Verificación"), "\(path)")
            #expect(!text.contains("Notary"), "\(path)")
            let flat = text.replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
            #expect(
                flat.contains("I work for Capital District Transit Authority in Albany.")
                    || flat.contains("Trabajo para Capital District Transit Authority en Albany."), "\(path)")
        }
        let ohio = try Repository.constructed("ny-judicial-wage-garnishment.yaml", ["state: NY": "state: OH", "property_state: NY": "property_state: OH"])
        let ohioGuide = try #require(try Self.texts(ohio, ["wage-garnishment-exemption-guide"]).first).1
        #expect(ohioGuide.contains("Sign the claim") && !ohioGuide.contains("bring the motion"))
        #expect(try #require(try Self.texts(ohio, ["wage-garnishment-exemption"]).first).1.contains("Verification"))
    }

    @Test(arguments: ["en", "es"])
    func aNewYorkBankClaimCitesTheEarningsExemption(language: String) throws {
        let ny = try Repository.constructed("ca-nonjudicial-bank-levy.yaml", ["state: CA": "state: NY"])
        let files = try Self.texts(ny, ["bank-levy-exemption"], language: language)
        #expect(!files.isEmpty)
        for (path, text) in files {
            #expect(text.contains("N.Y. CPLR 5205(d)(2)"), "\(path)")
        }
        let california = try Repository.sample("ca-nonjudicial-bank-levy.yaml")
        #expect(try Self.texts(california, ["bank-levy-exemption"]).allSatisfy { !$0.1.contains("5205(d)(2)") })
    }

    /// The intake summary speaks of the client in the third person; the client's own words in the
    /// contact log are quoted as such.
    @Test(arguments: ["ca-nonjudicial-bank-levy", "ny-judicial-wage-garnishment", "tx-vehicle-repossession", "demo"])
    func intakeSummariesSpeakOfTheClient(sample: String) throws {
        let theCase = try Repository.sample(sample + ".yaml")
        for (path, text) in try Self.texts(theCase, ["intake-summary"]) {
            let unquoted = text.replacingOccurrences(of: "“[^”]*”", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "\"[^\"]*\"", with: " ", options: .regularExpression)
            var context = ""
            if let person = unquoted.range(of: #"\b([Yy]ou|[Yy]our|I|[Mm]y|[Mm]e)\b"#, options: .regularExpression) {
                let start = unquoted.index(person.lowerBound, offsetBy: -60, limitedBy: unquoted.startIndex) ?? unquoted.startIndex
                context = String(unquoted[start..<person.upperBound])
            }
            #expect(context.isEmpty, "\(sample) \(path): …\(context)")
        }
    }

    @Test func theTexasIntakeRestsTheWageThreatOnTheConstitution() throws {
        let theCase = try Repository.sample("tx-vehicle-repossession.yaml")
        let text = try #require(try Self.texts(theCase, ["intake-summary"], language: "en").first { $0.0.hasSuffix(".txt") }).1
            .replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
        #expect(text.contains("Tex. Const. art. XVI § 28"))
        #expect(text.contains("Tex. Bus. & Com. Code § 9.611(b), (c)"))
        #expect(!text.contains("UCC §"))
        #expect(text.components(separatedBy: "Current wages are exempt").count == 2, "said once")
    }

    /// The dispute letter asks for the notice of sale under the sections as Texas numbers them (the
    /// state of the property, as the analysis cites them), and under the uniform text elsewhere.
    @Test(arguments: ["en", "es"])
    func theDisputeCitesTheNoticeOfSaleInTheStatesForm(language: String) throws {
        let texas = try Repository.sample("tx-vehicle-repossession.yaml")
        for (path, text) in try Self.texts(texas, ["dispute"], language: language) {
            let flat = text.replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
            #expect(flat.contains("(Tex. Bus. & Com. Code §§ 9.611, 9.614)"), "\(path)")
            #expect(!flat.contains("UCC §§ 9-611"), "\(path)")
        }
        let ohio = try Repository.constructed("tx-vehicle-repossession.yaml", ["state: TX": "state: OH", "property_state: TX": "property_state: OH"])
        let ohioText = try #require(try Self.texts(ohio, ["dispute"]).first).1.replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
        #expect(ohioText.contains("(UCC §§ 9-611, 9-614)"))
    }

    @Test func theNewYorkIntakeDoesNotSetTheDeficiencyBesideThePreSaleBalance() throws {
        let theCase = try Repository.sample("ny-judicial-wage-garnishment.yaml")
        for (path, text) in try Self.texts(theCase, ["intake-summary"]) {
            #expect(!text.contains("After the sale credit"), "\(path)")
            #expect(!text.contains("$182,063.90"), "\(path)")
            #expect(text.contains("$46,667.50"), "\(path)")
            #expect(text.components(separatedBy: "Article 29-H").count == 2, "once: \(path)")
        }
    }
}
