import LibXML
import Testing
import ZIPArchive
@testable import DOCXTemplate

/// The hand-built fixture with tags split the way Word splits them.
struct SplitRunsTests {
    let w = WordPackage.w
    let template: [UInt8]
    let filled: [UInt8]
    let body: XMLElement

    init() throws {
        template = try WordPackage.fixture("split-runs.docx")
        filled = try DOCXTemplateFiller(template: template).fill(SampleContext.value)
        body = try WordPackage.part("word/document.xml", of: filled)
    }

    @Test func everyParagraphIsFilledAndMarkersLeaveNoEmptyParagraph() {
        #expect(
            WordPackage.paragraphs(body) == [
                "Dear Zoë O'Brien & <Sons>,",
                "Name in capitals: ZOË O'BRIEN & <SONS>.",
                "Phone: no phone on file; fax: none.",
                "I dispute this debt.",
                "Account ending ****2094.",
                "Reasons: 1) a; 2) b.",
                "1 Main St\nAustin, TX 78701",
                "Injected: </w:t><w:t>{{x}} & <b>",
                "Debt 1: Acme", "r1", "r2",
                "Debt 2: Beta", "r3",
                "See the note.",
            ])
    }

    @Test func filledTextTakesTheFormattingOfTheRunWhereTheTagStarts() throws {
        let paragraph = body.descendants(named: "p", namespace: w)[1]
        let run = try #require(paragraph.children(named: "r", namespace: w).first { WordPackage.text($0).contains("ZOË") })
        let properties = try #require(run.firstChild(named: "rPr", namespace: w))
        #expect(properties.firstChild(named: "b", namespace: w) != nil)
        #expect(properties.firstChild(named: "i", namespace: w) == nil)
        // The italic run held only the tag's second half, so it is gone.
        #expect(!paragraph.descendants(named: "i", namespace: w).contains { _ in true })
    }

    @Test func splitTagKeepsBookmarksAndSpellingMarks() {
        let first = body.descendants(named: "p", namespace: w)[0]
        #expect(first.descendants(named: "bookmarkStart", namespace: w).count == 1)
        #expect(first.descendants(named: "proofErr", namespace: w).count == 2)
    }

    @Test func newlineBecomesALineBreakInTheSameRun() throws {
        let paragraph = body.descendants(named: "p", namespace: w)[6]
        let runs = paragraph.children(named: "r", namespace: w)
        #expect(runs.count == 1)
        #expect(runs[0].childElements.map(\.name) == ["t", "br", "t"])
    }

    @Test func injectedValuesAreText() throws {
        let xml = String(decoding: try ZIPReader(filled).contents(atPath: "word/document.xml"), as: UTF8.self)
        #expect(xml.contains("Injected: &lt;/w:t&gt;&lt;w:t&gt;{{x}} &amp; &lt;b&gt;"))
        #expect(xml.contains("Zoë O'Brien &amp; &lt;Sons&gt;"))
    }

    @Test func numberedListRestartsForEachLoopItem() throws {
        let paragraphs = body.descendants(named: "p", namespace: w)
        let ids = [9, 10, 12].map { paragraphs[$0].numberingID }
        #expect(ids[0] != nil && ids[0] == ids[1])
        #expect(ids[2] != nil && ids[2] != ids[0])
        #expect(!ids.contains("3"))
        let numbering = try WordPackage.part("word/numbering.xml", of: filled)
        let nums = numbering.children(named: "num", namespace: w)
        #expect(nums.count == 3)
        for num in nums.dropFirst() {
            #expect(num.firstChild(named: "abstractNumId", namespace: w)?.wordValue == "7")
            #expect(num.descendants(named: "startOverride", namespace: w).map(\.wordValue) == ["1", "1"])
        }
        #expect(Set(nums.dropFirst().compactMap { $0.attribute("numId", namespace: w) }) == Set(ids.compactMap { $0 }))
    }

    @Test func footnoteTagsAreFilled() throws {
        let notes = try WordPackage.part("word/footnotes.xml", of: filled)
        #expect(WordPackage.paragraphs(notes).last == " Collector: Keystone as of November 27, 2026.")
    }

    @Test func untouchedPartsAreByteIdentical() throws {
        let before = try ZIPReader(template), after = try ZIPReader(filled)
        #expect(before.entries.map(\.path) == after.entries.map(\.path))
        for path in ["word/styles.xml", "_rels/.rels", "[Content_Types].xml", "word/_rels/document.xml.rels"] {
            let a = try before.preparedEntry(for: #require(before.entry(atPath: path)))
            let b = try after.preparedEntry(for: #require(after.entry(atPath: path)))
            #expect(a == b, "\(path) changed")
        }
    }

    @Test func sameInputSameBytes() throws {
        let again = try DOCXTemplateFiller(template: template).fill(SampleContext.value)
        #expect(again == filled)
    }

    @Test func curlyQuotesInsideTagsAreStraightQuotes() {
        #expect(ParagraphTemplate.straighteningQuotes("x | default: \u{201C}a\u{201D} | join: \u{2018}; \u{2019}") == "x | default: \"a\" | join: '; '")
    }

    @Test func draftModeFillsPlaceholders() throws {
        let draft = try DOCXTemplateFiller(template: template).fill(["today": .date(year: 2026, month: 1, day: 2)], options: .init(draft: true))
        let first = WordPackage.paragraphs(try WordPackage.part("word/document.xml", of: draft))[0]
        #expect(first == "Dear [DEBTOR NAME],")
    }
}
