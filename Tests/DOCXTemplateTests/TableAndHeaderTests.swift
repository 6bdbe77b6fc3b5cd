import LibXML
import Testing
import ZIPArchive
@testable import DOCXTemplate

/// Row loops, conditional rows, and tags in headers and footers.
struct TableAndHeaderTests {
    let template: [UInt8]
    let filled: [UInt8]

    init() throws {
        template = try WordPackage.fixture("table-rows.docx")
        filled = try DOCXTemplateFiller(template: template).fill(SampleContext.value)
    }

    @Test func markerRowsRepeatAndVanish() throws {
        let body = try WordPackage.part("word/document.xml", of: filled)
        #expect(
            WordPackage.rows(body) == [
                ["Item", "Amount"],
                ["Repossession fee", "$475.00"],
                ["Storage", "$315.00"],
                ["Sale price", "$6,100.00"],
                ["Total", "$6,890.00"],
            ])
    }

    @Test func falseConditionalRowGoes() throws {
        var context = SampleContext.value
        if case .map(var root) = context, case .map(var sale)? = root["sale"] {
            sale["price"] = .money(cents: 0)
            sale["costs"] = []
            root["sale"] = .map(sale)
            context = .map(root)
        }
        let body = try WordPackage.part("word/document.xml", of: DOCXTemplateFiller(template: template).fill(context))
        #expect(WordPackage.rows(body) == [["Item", "Amount"], ["Total", "$6,890.00"]])
    }

    @Test func headerAndFooterTagsAreFilled() throws {
        let header = try WordPackage.part("word/header1.xml", of: filled)
        let footer = try WordPackage.part("word/footer1.xml", of: filled)
        #expect(WordPackage.paragraphs(header) == ["LEGAL AID OF SOMEWHERE"])
        #expect(WordPackage.paragraphs(footer) == ["Account ****2094 — page 1"])
        // The PAGE field is still a field.
        #expect(footer.descendants(named: "fldSimple", namespace: WordPackage.w).first?.attribute("instr", namespace: WordPackage.w) == " PAGE ")
    }

    @Test func imagePassesThroughByteForByte() throws {
        let before = try ZIPReader(template), after = try ZIPReader(filled)
        let path = "word/media/logo.png"
        #expect(try before.preparedEntry(for: #require(before.entry(atPath: path))) == after.preparedEntry(for: #require(after.entry(atPath: path))))
        #expect(try DOCXTemplateFiller(template: template).taggedParts == ["word/document.xml", "word/header1.xml", "word/footer1.xml"])
    }
}

/// The fixture saved by LibreOffice from HTML (see Fixtures/README.md).
struct LibreOfficeFixtureTests {
    @Test func filledFromLibreOfficeOutput() throws {
        let filled = try DOCXTemplateFiller(template: WordPackage.fixture("libreoffice.docx")).fill(SampleContext.value)
        let body = try WordPackage.part("word/document.xml", of: filled)
        let texts = WordPackage.paragraphs(body).filter { !$0.isEmpty }
        #expect(texts.first == "Dear Zoë O'Brien & <Sons>,")
        #expect(texts.contains("Your account ending in ****2094 shows $9,214.67."))
        #expect(texts.contains("I dispute this debt."))
        #expect(!texts.contains { $0.contains("{{") })
        #expect(WordPackage.rows(body) == [["Item", "Amount"], ["Repossession fee", "$475.00"], ["Storage", "$315.00"]])
        #expect(texts.last == "Sincerely, Zoë O'Brien & <Sons>")
    }
}
