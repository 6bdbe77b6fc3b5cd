import LibXML
import Testing
import ZIPArchive
@testable import DOCXTemplate

/// Hostile files are refused with the right error; template errors name part, paragraph and tag.
struct RefusalTests {
    @Test func zipBombIsRefused() throws {
        let failure = WordPackage.failure { _ = try DOCXTemplateFiller(template: WordPackage.fixture("hostile-zip-bomb.docx")) }
        guard case .archive(.compressionRatioExceeded(let path, _, _))? = failure?.problems.first else {
            Issue.record("expected a compression-ratio refusal, got \(String(describing: failure))")
            return
        }
        #expect(path == "word/media/bomb.bin")
    }

    @Test func dotDotEntryIsRefused() throws {
        let failure = WordPackage.failure { _ = try DOCXTemplateFiller(template: WordPackage.fixture("hostile-dotdot.docx")) }
        #expect(failure?.problems == [.archive(.unsafePath("../../evil.txt"))])
    }

    @Test func externalEntityIsRefusedNamingThePart() throws {
        let failure = WordPackage.failure { _ = try DOCXTemplateFiller(template: WordPackage.fixture("hostile-xxe.docx")) }
        guard case .unsafeXML(let part, .doctypeNotAllowed)? = failure?.problems.first else {
            Issue.record("expected a DOCTYPE refusal, got \(String(describing: failure))")
            return
        }
        #expect(part == "word/header1.xml")
        #expect(failure?.description.contains("word/header1.xml") == true)
    }

    @Test func notAZipAndNotAWordFile() {
        let garbage = WordPackage.failure { _ = try DOCXTemplateFiller(template: Array("hello".utf8)) }
        #expect(garbage?.problems == [.archive(.notAZIPArchive)])
        var writer = ZIPWriter()
        writer.add(path: "readme.txt", contents: [65])
        let other = WordPackage.failure { _ = try DOCXTemplateFiller(template: writer.finish()) }
        #expect(other?.problems == [.notAWordDocument])
    }

    @Test func compileErrorsAreAllReportedWithPartParagraphAndTag() {
        let docx = WordPackage.docx(
            body: WordPackage.paragraphsXML("Hello.", "Amount: {{debt.balance | mony}}", "{{#if debt.disputed}}", "Dear {{#each}}x"),
            header: WordPackage.paragraphsXML("{{/unless}}"))
        let problems = WordPackage.tagProblems(WordPackage.failure { _ = try DOCXTemplateFiller(template: docx) })
        #expect(problems.map(\.part) == ["word/document.xml", "word/document.xml", "word/document.xml", "word/header1.xml"])
        #expect(problems.map(\.paragraph) == [2, 4, 3, 1])
        #expect(problems.map(\.tag) == ["{{debt.balance | mony}}", "{{#each}}", "{{#if debt.disputed}}", "{{/unless}}"])
        #expect(problems[0].message.contains("did you mean 'money'"))
        #expect(problems[0].paragraphText == "Amount: {{debt.balance | mony}}")
        #expect(problems[2].message.contains("never closed"))
        #expect(
            problems[0].description
                == "word/document.xml: paragraph 2 \"Amount: {{debt.balance | mony}}\": {{debt.balance | mony}}: error: unknown filter 'mony' (did you mean 'money'?)"
        )
    }

    @Test func missingValuesAreAllReportedAtOnce() throws {
        let docx = WordPackage.docx(
            body: WordPackage.paragraphsXML("Dear {{debtor.nmae}},", "{{#each sale.costs}}", "{{label}}: {{amout | money}}", "{{/each}}"),
            header: WordPackage.paragraphsXML("{{office.phone}}"))
        let filler = try DOCXTemplateFiller(template: docx)
        let problems = WordPackage.tagProblems(WordPackage.failure { _ = try filler.fill(SampleContext.value) })
        #expect(problems.map(\.tag) == ["{{debtor.nmae}}", "{{amout | money}}", "{{office.phone}}"])
        #expect(problems.map(\.paragraph) == [1, 3, 1])
        #expect(problems[0].message.contains("did you mean 'debtor.name'"))
        #expect(problems[1].message.contains("did you mean 'amount'"))
        #expect(problems[2].part == "word/header1.xml")
    }

    @Test func unterminatedTagAndPartialsAreErrors() {
        let docx = WordPackage.docx(body: WordPackage.paragraphsXML("{{> signature}}", "Dear {{debtor.name"))
        let problems = WordPackage.tagProblems(WordPackage.failure { _ = try DOCXTemplateFiller(template: docx) })
        #expect(problems.count == 2)
        #expect(problems[0].message.contains("partials"))
        #expect(problems[1].message.contains("unterminated"))
    }

    @Test func sectionBreakParagraphSurvivesItsMarker() throws {
        let sectionEnd = "<w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>{{/if}}</w:t></w:r></w:p>"
        let docx = WordPackage.docx(body: WordPackage.paragraphsXML("{{#if debt.disputed}}", "Disputed.") + sectionEnd)
        let body = try WordPackage.part("word/document.xml", of: DOCXTemplateFiller(template: docx).fill(SampleContext.value))
        #expect(WordPackage.paragraphs(body) == ["Disputed.", ""])
        #expect(body.descendants(named: "sectPr", namespace: WordPackage.w).count == 1)
    }

    @Test func cellEmptiedByAConditionalKeepsAParagraph() throws {
        let cell = "<w:tbl><w:tr><w:tc>" + WordPackage.paragraphsXML("{{#if missing}}", "gone", "{{/if}}") + "</w:tc></w:tr></w:tbl>"
        let body = try WordPackage.part("word/document.xml", of: DOCXTemplateFiller(template: WordPackage.docx(body: cell)).fill(SampleContext.value))
        #expect(body.descendants(named: "tc", namespace: WordPackage.w)[0].children(named: "p", namespace: WordPackage.w).count == 1)
    }
}
