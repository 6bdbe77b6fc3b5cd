import CaseModel
import DocumentTree
import LegalRules
@testable import Generator
import Templating
import Testing

/// The context a job builds holds only what its templates read; rendering from it must give the
/// very same document as rendering from the full context.
@Suite struct ContextSelectionTests {
    @Test func pathsSelectTheirWholeSubtreeAndListItemsAreTransparent() {
        var selection = ContextSelection.nothing
        selection.insert("debts[].amount")
        selection.insert("debtor.name")
        selection.insert("debtor")
        selection.insert("analysis.findings[].figures[].label")
        #expect(selection.description == "analysis{findings{figures{label}}}, debtor, debts{amount}")
        #expect(selection.field("debtor")?.isWhole == true)
        #expect(selection.field("debts")?.field("amount")?.isWhole == true)
        #expect(selection.field("debts")?.contains("balance") == false)
        #expect(selection.field("judgment") == nil)
    }

    @Test func unionKeepsEverythingEitherSelects() {
        var a = ContextSelection.nothing, b = ContextSelection.nothing
        a.insert("debtor.name")
        b.insert("debtor.address")
        b.insert("today")
        #expect(a.union(b).description == "debtor{address, name}, today")
        #expect(a.union(.everything) == .everything)
    }

    @Test func theCeaseLetterSkipsWhatItNeverPrints() throws {
        let selection = DocumentGenerator(library: Repository.library).contextSelection(for: ["cease-contact"])
        let theCase = try Repository.sample("tx-vehicle-repossession.yaml")
        guard case .map(let full) = try CaseContext.make(for: theCase, today: Repository.asOf, language: "en"),
              case .map(let selected) = try CaseContext.make(for: theCase, today: Repository.asOf, language: "en", selecting: selection)
        else { Issue.record("a context is a map"); return }
        #expect(selected.count < full.count)
        #expect(selected["income"] == nil && full["income"] != nil)
        #expect(selected["recipient"] == full["recipient"])
        // The analysis is run only for the part the letter reads.
        guard case .map(let analysis)? = selected["analysis"] else { Issue.record("analysis is read"); return }
        #expect(Set(analysis.keys) == ["deficiency", "deadlines"])
    }

    /// Every document of the library, for every sample, in both languages: the document rendered from
    /// the selected context equals the one rendered from the full context.
    @Test(arguments: DocumentMatrixTests.samples)
    func selectedContextRendersTheSameDocuments(sample: String) throws {
        let generator = DocumentGenerator(library: Repository.library)
        let theCase = try Repository.sample(sample + ".yaml")
        for language in DocumentMatrixTests.languages {
            let full = try CaseContext.make(for: theCase, today: Repository.asOf, language: language)
            for id in generator.documentIDs {
                let selected = try CaseContext.make(for: theCase, today: Repository.asOf, language: language,
                                                    selecting: generator.contextSelection(for: [id]))
                let request = DocumentGenerator.Request(documentID: id, language: language, formats: [.txt], draft: true,
                                                        folder: "x", author: "a", date: "2026-11-27")
                let expected = try generator.document(for: request, context: full)
                #expect(try generator.document(for: request, context: selected) == expected, "\(sample)/\(id).\(language)")
            }
        }
    }
}

/// A selection that reads only some sections of the analysis (only the deficiency's amounts, say)
/// gets them without the full analysis; the context must be the same as from the full analysis
/// (debug builds also assert this on every record).
@Suite struct DeficiencyFiguresContextTests {
    @Test(arguments: DocumentMatrixTests.samples + ["demo"])
    func amountsAloneEqualTheFullAnalysis(sample: String) throws {
        let base = try Repository.sample(sample + ".yaml")
        var everyFigure = ContextSelection.nothing
        for key in ContextKey.allCases where CaseContext.figureFields.contains(key) { everyFigure.insert("deficiency." + key.name) }
        // The cease letter reads the verdict too (its defence), so the amounts alone are chosen here.
        let letter = try #require(DocumentGenerator(library: Repository.library).contextSelection(for: ["cease-contact"]).field("analysis"))
        #expect(letter.description == "deadlines, deficiency{citation, status, surplus, total}")
        var ceaseContact = ContextSelection.nothing
        ceaseContact.insert("deficiency.claimed_difference_after_sale")
        ceaseContact.insert("deficiency.total")
        for state in [nil, Jurisdiction.CA, .NY, .TX, .FL, .MN] {
            var theCase = base
            if let state { theCase.debt?.propertyState = state }
            for selection in [ceaseContact, everyFigure] {
                for language in ["en", "es"] {
                    let fast = try CaseContext.analysis(of: theCase, today: Repository.asOf, language: language, selecting: selection)
                    let full = try CaseContext.fullAnalysis(of: theCase, today: Repository.asOf, language: language, selecting: selection)
                    #expect(fast == full, "\(sample) \(state?.code ?? "-") \(selection) \(language)")
                }
            }
        }
        var noSale = base
        noSale.sale = nil
        #expect(try CaseContext.analysis(of: noSale, today: Repository.asOf, language: "en", selecting: ceaseContact) == .map([:]))
    }

    /// Each document's selection of the analysis, and each section alone (whole or in part), from
    /// the sections computed alone equals the same from the full analysis.
    @Test(arguments: DocumentMatrixTests.samples + ["demo"])
    func sectionsAloneEqualTheFullAnalysis(sample: String) throws {
        let theCase = try Repository.sample(sample + ".yaml")
        let generator = DocumentGenerator(library: Repository.library)
        var selections = generator.documentIDs.compactMap { generator.contextSelection(for: [$0]).field("analysis") }
        for path in ["as_of", "home_state", "deficiency.total", "fdcpa", "fdcpa.validation_window.open", "garnishments",
                     "levies", "levies[].bank", "exemption_claims", "timeline", "protection", "protection[].status",
                     "levies.bank|protection", "findings", "deadlines", "missing", "deficiency.summary", "deficiency"] {
            var selection = ContextSelection.nothing
            for part in path.split(separator: "|") { selection.insert(String(part)) }
            selections.append(selection)
        }
        for selection in selections {
            for language in ["en", "es"] {
                let sections = try CaseContext.analysis(of: theCase, today: Repository.asOf, language: language, selecting: selection)
                let full = try CaseContext.fullAnalysis(of: theCase, today: Repository.asOf, language: language, selecting: selection)
                #expect(sections == full, "\(sample) \(selection) \(language)")
            }
        }
    }
}

/// The encoder's direct builders (the case and its parts, the analysis) against `encode(to:)`,
/// including fields that no bundled sample fills in.
@Suite struct DirectEncodingTests {
    @Test(arguments: DocumentMatrixTests.samples + ["demo"])
    func directBuildersEqualEncodeTo(sample: String) throws {
        var theCase = try Repository.sample(sample + ".yaml")
        theCase.sale?.confirmedOn = CalendarDate(year: 2026, month: 1, day: 2)
        if theCase.contactPreferences != nil {
            theCase.contactPreferences?.phone = "555-0100"
            theCase.contactPreferences?.email = "me@example.org"
        }
        let direct = try TemplateValueEncoder().encode(theCase)
        #expect(direct == (try Node.encoded(theCase)))
        let analysis = CaseAnalyzer.analyze(theCase, asOf: Repository.asOf)
        #expect(try TemplateValueEncoder().encode(analysis) == (try Node.encoded(analysis)))
        var selection = ContextSelection.nothing
        selection.insert("debt.balance_claimed")
        selection.insert("sale")
        #expect(try TemplateValueEncoder().encode(theCase, selecting: selection) == (try Node.encoded(theCase, selection)))
    }
}

/// The field names the builders test as bits.
@Suite struct ContextKeyTests {
    @Test func everyKeyHasItsOwnBitAndName() {
        #expect(ContextKey.allCases.count <= 128)
        #expect(Set(ContextKey.allCases.map(\.name)).count == ContextKey.allCases.count)
        #expect(ContextKey.claimed_difference_after_sale.name == "claimed_difference_after_sale")
        for key in ContextKey.allCases {
            #expect(ContextKey(name: key.name) == key)
            var selection = ContextSelection.nothing
            #expect(!selection.contains(key))
            selection.insert(key.name + ".x")
            #expect(selection.contains(key) && selection.contains(key.name))
            #expect(selection.field(key) == selection.field(key.name))
            #expect(ContextKey.allCases.filter(selection.contains) == [key])
        }
    }

    /// Several documents' selections, each with its sources, make a union with its sources.
    @Test func aUnionOfSelectionsWithSourcesHasItsSources() {
        let generator = DocumentGenerator(library: Repository.library)
        for a in generator.documentIDs {
            for b in generator.documentIDs {
                let union = generator.contextSelection(for: [a, b])
                #expect(union.includesSources)
                #expect(CaseContext.withSources(union) == union, "\(a) + \(b)")
            }
        }
    }

    @Test func onlyKnownNamesCountAsSelectingOnlyKnownKeys() {
        var selection = ContextSelection.nothing
        selection.insert("total")
        #expect(selection.selectsOnly(ContextKeys([.total, .surplus])))
        selection.insert("not_a_builder_field")
        #expect(!selection.selectsOnly(ContextKeys([.total, .surplus])))
        #expect(!ContextSelection.everything.selectsOnly(ContextKeys([.total])))
        var a = ContextSelection.nothing, b = ContextSelection.nothing
        a.insert("total")
        b.insert("surplus")
        #expect(a.union(b).selectsOnly(ContextKeys([.total, .surplus])))
        #expect(!a.union(b).selectsOnly(ContextKeys([.total])))
    }
}

/// The maps made from a prototype (`KeyTable`): every combination of optional fields present.
@Suite struct KeyTableTests {
    @Test func everyCombinationOfOptionalsEqualsEncodeTo() throws {
        let street = Address(line1: "1 Main St", city: "Austin", state: .TX, zip: "78701")
        for present in 0..<32 {
            var address = street
            if present & 1 != 0 { address.line2 = "Suite 200, a line longer than fifteen bytes" }
            let party = Party(name: "Pat", address: present & 1 != 0 ? address : nil, phone: present & 2 != 0 ? "555" : nil,
                              email: present & 4 != 0 ? "p@example.org" : nil, barNumber: present & 8 != 0 ? "123" : nil,
                              firm: present & 16 != 0 ? "Firm LLP" : nil)
            #expect(Node.direct(party) == (try Node.encoded(party)), "\(present)")
            #expect(Node.direct(address) == (try Node.encoded(address)), "\(present)")
            let contact = Contact(date: Repository.asOf, method: .phone, by: present & 2 != 0 ? .named("Someone") : nil,
                                  summary: present & 4 != 0 ? "Called" : nil)
            #expect(Node.direct(contact) == (try Node.encoded(contact)), "\(present)")
            let hours = HourRange(from: TimeOfDay(hour: 9, minute: 5)!, to: TimeOfDay(hour: 17)!)
            let preferences = ContactPreferences(allowedMedia: [.mail], forbiddenMedia: present & 16 != 0 ? [.phone, .text] : [],
                                                 phone: present & 1 != 0 ? "555" : nil, email: present & 2 != 0 ? "p@example.org" : nil,
                                                 allowedHours: present & 4 != 0 ? hours : nil, noContactAtWork: present & 16 != 0,
                                                 notes: present & 8 != 0 ? "Evenings" : nil)
            #expect(try Node.direct(preferences, .everything) == (try Node.encoded(preferences)), "\(present)")
            let judgment = Judgment(court: "Court", county: present & 1 != 0 ? "Travis" : nil, caseNumber: "1",
                                    date: Repository.asOf, amount: Money(cents: 12_345),
                                    interestRate: present & 2 != 0 ? Percentage(thousandths: 6_875) : nil)
            #expect(try Node.direct(judgment, .everything) == (try Node.encoded(judgment)), "\(present)")
        }
    }
}

/// What the review of the selected context found, kept fixed.
@Suite struct ContextSelectionEdgeTests {
    /// A `requires` entry may index a list with a number; it selects that field in every item.
    @Test func aNumericPartIndexesAList() {
        var selection = ContextSelection.nothing
        selection.insert("income.0.source")
        selection.insert("actions.garnishments.1.employer")
        #expect(selection.description == "actions{garnishments{employer}}, income{source}")
    }

    @Test func aRequiredIndexedFieldIsFoundInTheSelectedContext() throws {
        let text = "---\nid: needs-income\ntitle: T\nrequires: [income.0.source]\n---\nIncome: {{income.0.amount | money}}.\n"
        let generator = DocumentGenerator(library: try TemplateLibrary(sources: [TemplateSource(path: "needs-income.md", text: text)]))
        let result = generator.generate(CaseJob(theCase: try Repository.sample("demo.yaml"), documents: ["needs-income"],
                                                formats: [.txt], language: "en", today: Repository.asOf))
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.files.count == 1)
    }

    /// A typo's "did you mean" needs the sibling fields that a selection leaves out: a document that
    /// fails is rendered again from the full context, so batch and generate keep the hint.
    @Test func aFailingDocumentKeepsItsDidYouMean() throws {
        let text = "---\nid: typo\ntitle: T\n---\nDear {{debtor.nmae}},\n"
        let generator = DocumentGenerator(library: try TemplateLibrary(sources: [TemplateSource(path: "typo.md", text: text)]))
        let result = generator.generate(CaseJob(theCase: try Repository.sample("demo.yaml"), documents: ["typo"],
                                                formats: [.txt], language: "en", today: Repository.asOf))
        #expect(result.files.isEmpty)
        #expect(result.failures.map(\.description).joined().contains("did you mean 'debtor.name'?"), "\(result.failures)")
    }
}
