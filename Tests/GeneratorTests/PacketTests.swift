import CaseModel
import DocumentTree
import Foundation
import Generator
import LibXML
import Templating
import Testing
import TestSupport

/// The packet: which documents apply, their order, the combined DOCX and the index page.
@Suite struct PacketTests {
    static let samples = ["ca-nonjudicial-bank-levy", "ny-judicial-wage-garnishment", "tx-vehicle-repossession"]
    let generator = DocumentGenerator(library: Repository.library)
    let w = DOCXParts.w

    func packet(_ sample: String, language: String = "en", documents: [String] = [], force: Bool = false) throws -> CaseJobResult {
        generator.generatePacket(
            CaseJob(
                theCase: try Repository.sample(sample + ".yaml"), documents: documents,
                language: language, today: Repository.asOf, force: force))
    }

    func file(_ result: CaseJobResult, _ name: String) throws -> GeneratedFile {
        try #require(result.files.first { $0.relativePath.hasSuffix("/" + name) }, "no \(name)")
    }

    // MARK: Selection on the bundled samples

    @Test(arguments: [
        // One contact letter per packet: attorney-representation when the debtor has a lawyer, else
        // limit-contact when the case has contact preferences, else cease-contact; no dispute letter
        // once a judgment exists, nor once the validation window has closed unless the debtor disputes.
        ("ca-nonjudicial-bank-levy", ["instructions", "attorney-representation", "bank-levy-exemption", "intake-summary"]),
        (
            "ny-judicial-wage-garnishment",
            [
                "instructions", "attorney-representation", "wage-garnishment-exemption",
                "intake-summary",
            ]
        ),
        ("tx-vehicle-repossession", ["instructions", "dispute", "limit-contact", "intake-summary"]),
    ])
    func packetHoldsTheDocumentsThatApplyInOrder(sample: String, expected: [String]) throws {
        for language in ["en", "es"] {
            let result = try packet(sample, language: language)
            #expect(result.failures.isEmpty, "\(result.failures)")
            #expect(result.notes.isEmpty, "\(result.notes)")
            var ids: [String] = []
            for file in result.files where !ids.contains(file.documentID) { ids.append(file.documentID) }
            // Each mailed document has its guide for the debtor right after it; in Spanish the English
            // copy to send is followed by its Spanish reading copy (`<id>.es`).
            let mailable: Set = ["attorney-representation", "limit-contact", "dispute", "bank-levy-exemption", "wage-garnishment-exemption"]
            let withGuides = expected.flatMap { id in
                mailable.contains(id) ? [id] + (language == "es" ? [id + ".es"] : []) + [id + "-guide"] : [id]
            }
            #expect(ids == withGuides + [Packet.combinedName, "index"], "\(language)")
        }
    }

    @Test func aDebtorWhoDisputesGetsTheLetterAfterTheWindowClosedWithoutTheWindowsDemand() throws {
        // Texas: the 30 days ended long ago and the debtor disputes. The letter still asks for proof
        // and for the debt to be reported as disputed, and never says the window closed.
        let disputed = try packet("tx-vehicle-repossession")
        let letter = try #require(disputed.files.first { $0.documentID == "dispute" && $0.relativePath.hasSuffix(".txt") })
        let text = String(decoding: letter.bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("I dispute this debt"))
        #expect(text.contains("15 U.S.C. § 1692e(8)"))
        #expect(!text.contains("1692g(b)"))
        #expect(!text.contains("still open") && !text.contains("period to dispute"))
        // Not disputed: no letter unless asked for.
        let plainCase = try Repository.constructed("tx-vehicle-repossession.yaml", ["  disputed: true": "  disputed: false"])
        let plain = generator.generatePacket(CaseJob(theCase: plainCase, documents: [], language: "en", today: Repository.asOf, force: false))
        #expect(!plain.files.contains { $0.documentID == "dispute" })
        let refused = generator.generatePacket(CaseJob(theCase: plainCase, documents: ["dispute"], language: "en", today: Repository.asOf, force: false))
        #expect(refused.failures.map(\.description).first?.hasPrefix("dispute applies when ") == true)
        let asked = generator.generatePacket(CaseJob(theCase: plainCase, documents: ["dispute"], language: "en", today: Repository.asOf, force: true))
        #expect(asked.files.filter { $0.documentID == "dispute" }.count == 3)
        #expect(asked.notes == ["dispute: does not apply to this case; written because --force asked for it"])
    }

    // MARK: Selection and order, on a small library of our own

    static let ordering = try! TemplateLibrary(
        sources: [
            ("late", "packet_order: 200"),
            ("plain", ""),
            ("levy", "applies_when: actions.levies\npacket_order: 20"),
            ("wages", "applies_when: actions.garnishments\npacket_order: 20"),
            ("first", "applies_when: debtor.name\npacket_order: 5"),
            ("never", "applies_when: debt.no_such_field"),
        ].map { id, extra in
            TemplateSource(path: "\(id).md", text: "---\nid: \(id)\ntitle: T \(id)\n\(extra)\n---\nText of \(id).\n")
        })

    @Test func documentsThatApplyComeInPacketOrderThenById() throws {
        let generator = DocumentGenerator(library: Self.ordering)
        let context = CaseContext.make(for: try Repository.sample("ny-judicial-wage-garnishment.yaml"), today: Repository.asOf, language: "en")
        #expect(generator.packetTemplates(for: context, language: "en").map(\.frontMatter.id) == ["first", "wages", "plain", "late"])
        // An id asked for is included even when it does not apply, in its packet place.
        #expect(
            generator.packetTemplates(for: context, language: "en", including: ["never", "levy"]).map(\.frontMatter.id)
                == ["first", "levy", "wages", "never", "plain", "late"])
    }

    @Test func askedForDocumentIsWrittenAndNotedAndMarkedInTheIndex() throws {
        let generator = DocumentGenerator(library: Self.ordering)
        let result = generator.generatePacket(
            CaseJob(
                theCase: try Repository.sample("ny-judicial-wage-garnishment.yaml"),
                documents: ["never"], formats: [.txt], language: "en", today: Repository.asOf,
                force: true))
        #expect(result.failures.isEmpty)
        #expect(result.notes == ["never: does not apply to this case; written because --force asked for it"])
        #expect(
            result.files.map(\.relativePath) == [
                "ny-albany-2026-207/first.txt", "ny-albany-2026-207/wages.txt", "ny-albany-2026-207/never.txt",
                "ny-albany-2026-207/plain.txt", "ny-albany-2026-207/late.txt", "ny-albany-2026-207/packet.txt",
                "ny-albany-2026-207/index.html",
            ])
        let index = String(decoding: try file(result, "index.html").bytes, as: UTF8.self)
        #expect(index.contains("<strong>T never</strong> <em>(asked for, although it does not apply to this case)</em>"))
        let combined = String(decoding: try file(result, "packet.txt").bytes, as: UTF8.self)
        #expect(combined.components(separatedBy: "Text of ").count == 6)
    }

    @Test func unknownAskedForDocumentIsAFailure() throws {
        let result = try packet("tx-vehicle-repossession", documents: ["no-such-letter"])
        guard case .unknownDocument(let id, _, _)? = result.failures.first else {
            Issue.record("expected unknownDocument, got \(result.failures)")
            return
        }
        #expect(id == "no-such-letter")
    }

    // MARK: Combining

    @Test func combineSeparatesDocumentsWithOnePageBreakAndTrimsTheirEdges() {
        let p = Block.paragraph(style: .body, content: [.text("x")])
        let documents = [
            Document(metadata: .init(title: "a"), blocks: [.pageBreak, p, .pageBreak, p, .pageBreak]),
            Document(metadata: .init(title: "empty"), blocks: [.pageBreak]),
            Document(metadata: .init(title: "b"), blocks: [p]),
        ]
        let combined = Packet.combine(documents, metadata: .init(title: "all"))
        #expect(combined.blocks == [p, .pageBreak, p, .pageBreak, p])
        #expect(combined.metadata.title == "all")
        #expect(Packet.combine([], metadata: .init(title: "none")).blocks.isEmpty)
    }

    @Test func combinedMetadataComesFromTheCase() throws {
        let result = try packet("ny-judicial-wage-garnishment", language: "es")
        let core = try #require(DOCXParts(try file(result, "packet.docx").bytes)["docProps/core.xml"])
        #expect(core.contains("<dc:title>Documentos para Patrick J. Donnelly</dc:title>"))
        #expect(core.contains("<dc:creator>Patrick J. Donnelly</dc:creator>"))
        #expect(core.contains("<dc:language>es-US</dc:language>"))
        #expect(core.contains("2026-11-27"))
    }

    // MARK: The combined DOCX, on every sample

    /// Page breaks in a document.xml: paragraphs that start a page, and page-break runs.
    func pageBreaks(_ docx: [UInt8]) throws -> Int {
        let root = try DOCXParts(docx).document().root
        return root.descendants(named: "pageBreakBefore", namespace: w).count
            + root.descendants(named: "br", namespace: w).filter { $0.attribute("type", namespace: w) == "page" }.count
    }

    @Test(arguments: samples)
    func combinedDOCXHasOnePageBreakBetweenDocumentsAndNoneAfterTheLast(sample: String) throws {
        let result = try packet(sample)
        let singles = result.files.filter { $0.format == .docx && $0.documentID != Packet.combinedName }
        #expect(singles.count >= 2, "a packet of one document proves nothing here")
        let combined = try file(result, "packet.docx").bytes
        let own = try singles.map { try pageBreaks($0.bytes) }.reduce(0, +)
        #expect(try pageBreaks(combined) == own + singles.count - 1)
        #expect(own > 0, "the letters have a page break of their own (their second page)")

        let body = try #require(try DOCXParts(combined).document().root.firstChild(named: "body", namespace: w))
        let elements = body.childElements
        #expect(elements.last?.name == "sectPr")
        var content = Array(elements.dropLast())
        // Word needs a paragraph after a final table; that one empty paragraph is the only one allowed.
        if content.count >= 2, content[content.count - 2].name == "tbl", content.last?.childElements.isEmpty == true {
            content.removeLast()
        }
        let last = try #require(content.last)
        #expect(last.name == "p" || last.name == "tbl")
        #expect(!last.textContent.isEmpty, "the combined document ends with an empty paragraph")
        #expect(last.descendants(named: "br", namespace: w).allSatisfy { $0.attribute("type", namespace: w) != "page" })
    }

    @Test(arguments: samples)
    func eachNumberedListOfTheCombinedDOCXRestartsAtOne(sample: String) throws {
        let result = try packet(sample)
        let parts = try DOCXParts(try file(result, "packet.docx").bytes)
        // The numId of each numbered-list paragraph, in order; a new list starts where it changes.
        let numbered = try parts.document().root.descendants(named: "p", namespace: w).compactMap { p -> String? in
            guard p.descendants(named: "pStyle", namespace: w).first?.attribute("val", namespace: w) == "ListNumber" else { return nil }
            return p.descendants(named: "numId", namespace: w).first?.attribute("val", namespace: w)
        }
        var lists: [String] = []
        for id in numbered where lists.last != id { lists.append(id) }
        let singles = result.files.filter { $0.format == .docx && $0.documentID != Packet.combinedName }
        let expected = try singles.map { docx -> Int in
            try Set(
                DOCXParts(docx.bytes).document().root.descendants(named: "p", namespace: w).filter {
                    $0.descendants(named: "pStyle", namespace: w).first?.attribute("val", namespace: w) == "ListNumber"
                }.compactMap { $0.descendants(named: "numId", namespace: w).first?.attribute("val", namespace: w) }
            ).count
        }.reduce(0, +)
        #expect(lists.count == expected)
        #expect(lists.count >= 2, "the packet should hold several numbered lists")
        #expect(Set(lists).count == lists.count, "two numbered lists share a w:num, so the second continues the first")

        let numbering = try XMLDocument(parsing: try #require(parts["word/numbering.xml"])).root
        let nums = Dictionary(
            uniqueKeysWithValues: numbering.children(named: "num", namespace: w).map {
                ($0.attribute("numId", namespace: w) ?? "", $0)
            })
        for id in lists {
            let num = try #require(nums[id], "no w:num \(id)")
            let start = num.descendants(named: "startOverride", namespace: w).first?.attribute("val", namespace: w)
            #expect(start == "1", "w:num \(id) does not restart at 1")
        }
    }

    // MARK: The index

    @Test(arguments: samples)
    func indexLinksEveryFileOfThePacket(sample: String) throws {
        let result = try packet(sample)
        let index = try file(result, "index.html")
        let page = try XMLDocument(parsingHTML: index.bytes).root
        let links = page.descendants(named: "a").compactMap { $0.attribute("href") }
        let folder = try #require(index.relativePath.split(separator: "/").first).description
        let written = result.files.filter { $0 != index }.map { String($0.relativePath.dropFirst(folder.count + 1)) }
        #expect(links.sorted() == written.sorted())
        #expect(Set(links).count == links.count)
        // One line per document, with its title.
        let titles = page.descendants(named: "li").compactMap { $0.firstChild(named: "strong")?.textContent }
        let expected = generator.packetTemplates(
            for: CaseContext.make(for: try Repository.sample(sample + ".yaml"), today: Repository.asOf, language: "en"),
            language: "en"
        ).map(\.frontMatter.title)
        #expect(titles == expected)
    }
}
