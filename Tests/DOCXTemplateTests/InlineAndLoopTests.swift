import LibXML
import Templating
import Testing
@testable import DOCXTemplate

/// Inline blocks, loop `else`, `else if` chains and loop variables, on small built documents.
struct InlineAndLoopTests {
    func fill(_ paragraphs: String..., context: TemplateValue = SampleContext.value) throws -> [String] {
        let docx = WordPackage.docx(body: paragraphs.map { WordPackage.paragraphsXML($0) }.joined())
        return WordPackage.paragraphs(try WordPackage.part("word/document.xml", of: DOCXTemplateFiller(template: docx).fill(context)))
    }

    @Test func inlineConditionalKeepsOrDropsText() throws {
        #expect(
            try fill("Dear {{#if office.name}}{{office.name}} {{/if}}team,", "Dear {{#if office.fax}}{{office.fax}} {{/if}}team,")
                == ["Dear Legal Aid of Somewhere team,", "Dear team,"])
    }

    @Test func paragraphWithInlineBlocksThatRendersEmptyIsDropped() throws {
        #expect(try fill("Before.", "{{#if office.fax}}Fax: {{office.fax}}{{/if}}", "After.") == ["Before.", "After."])
    }

    @Test func paragraphWithOnlyAnEmptyValueIsKept() throws {
        #expect(try fill("Before.", "{{debtor.fax}}", "After.") == ["Before.", "", "After."])
    }

    @Test func loopElseRunsForAnEmptyList() throws {
        #expect(try fill("{{#each debtor.aliases}}", "Alias {{this}}", "{{else}}", "No aliases.", "{{/each}}") == ["No aliases."])
    }

    @Test func elseIfChainTakesTheFirstTrueBranch() throws {
        #expect(
            try fill("{{#if debt.paid}}", "Paid.", "{{else if sale.price > $5,000.00}}", "Big sale.", "{{else}}", "Small sale.", "{{/if}}")
                == ["Big sale."])
    }

    @Test func loopVariablesAndOuterScope() throws {
        #expect(
            try fill("{{#each sale.costs}}", "{{@number}}. {{label}} for {{debtor.name | upper}}{{#if @last}} (last){{/if}}", "{{/each}}")
                == ["1. Repossession fee for ZOË O'BRIEN & <SONS>", "2. Storage for ZOË O'BRIEN & <SONS> (last)"])
    }

    @Test func eachOverANonListIsAnErrorAtItsTag() throws {
        let docx = WordPackage.docx(body: WordPackage.paragraphsXML("{{#each debtor.name}}", "x", "{{/each}}"))
        let problems = WordPackage.tagProblems(WordPackage.failure { _ = try DOCXTemplateFiller(template: docx).fill(SampleContext.value) })
        #expect(problems.map(\.tag) == ["{{#each debtor.name}}"])
        #expect(problems.first?.message.contains("needs a list") == true)
    }

    @Test func mismatchedCloseNamesTheOpeningTag() throws {
        let docx = WordPackage.docx(body: WordPackage.paragraphsXML("{{#if debt.disputed}}", "x", "{{/each}}", "{{/if}}"))
        let problems = WordPackage.tagProblems(WordPackage.failure { _ = try DOCXTemplateFiller(template: docx) })
        #expect(problems.map(\.tag) == ["{{/each}}"])
        #expect(problems.first?.message.contains("closes {{#if debt.disputed}} (word/document.xml paragraph 1)") == true)
    }

    @Test func inlineLoopOverSeveralRunsPrintsInOrder() throws {
        let paragraph =
            "<w:p><w:r><w:t>{{#each sale.costs}}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{{label}}</w:t></w:r><w:r><w:t xml:space=\"preserve\">; {{/each}}end</w:t></w:r></w:p>"
        let docx = WordPackage.docx(body: paragraph)
        let body = try WordPackage.part("word/document.xml", of: DOCXTemplateFiller(template: docx).fill(SampleContext.value))
        #expect(WordPackage.paragraphs(body) == ["Repossession fee; Storage; end"])
    }
}
