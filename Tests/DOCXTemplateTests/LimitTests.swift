import LibXML
import Templating
import Testing
import ZIPArchive
@testable import DOCXTemplate

/// Hostile Word templates are refused before they can exhaust the stack, memory or time.
struct DOCXLimitTests {
    /// A minimal package with `extra` parts added (or replacing the defaults).
    static func package(body: String, extra: [String: String]) throws -> [UInt8] {
        let base = try ZIPReader(WordPackage.docx(body: body))
        var writer = ZIPWriter()
        for entry in base.entries where extra[entry.path] == nil { writer.add(path: entry.path, contents: try base.contents(of: entry)) }
        for (path, text) in extra.sorted(by: { $0.key < $1.key }) { writer.add(path: path, contents: Array(text.utf8)) }
        return writer.finish()
    }

    /// Repetitive test parts compress far better than real ones; only the limits under test apply.
    static let lenient = ZIPReader.Limits(maxCompressionRatio: 1_000_000)

    static let doctype = """
        <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>
        """

    @Test(arguments: ["word/styles.xml", "[Content_Types].xml", "_rels/.rels", "customXml/item1.xml"])
    func aDoctypeInAnyPartIsRefused(part: String) throws {
        let docx = try Self.package(body: WordPackage.paragraphsXML("Hello"), extra: [part: Self.doctype])
        let failure = WordPackage.failure { _ = try DOCXTemplateFiller(template: docx, limits: Self.lenient) }
        guard case .unsafeXML(let refused, .doctypeNotAllowed)? = failure?.problems.first else {
            Issue.record("expected a DOCTYPE refusal, got \(String(describing: failure))")
            return
        }
        #expect(refused == part)
    }

    @Test func deeplyNestedBlockParagraphsAreRefused() throws {
        let n = 6_000
        let body = Array(repeating: "{{#if a}}", count: n) + ["x"] + Array(repeating: "{{/if}}", count: n)
        let docx = WordPackage.docx(body: body.map { WordPackage.paragraphsXML($0) }.joined())
        let problems = WordPackage.tagProblems(WordPackage.failure { _ = try DOCXTemplateFiller(template: docx, limits: Self.lenient) })
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("nested too deeply") == true)
        #expect(problems.first?.paragraph == TemplateLimits.blockDepth + 1)
    }

    @Test func deeplyNestedInlineTagsAreRefused() throws {
        let n = 16_000
        let text = String(repeating: "{{#if a}}", count: n) + "x" + String(repeating: "{{/if}}", count: n)
        let docx = WordPackage.docx(body: WordPackage.paragraphsXML(text))
        let problems = WordPackage.tagProblems(WordPackage.failure { _ = try DOCXTemplateFiller(template: docx, limits: Self.lenient) })
        #expect(problems.first?.message.contains("nested too deeply") == true)
    }

    @Test func nestedLoopsStopAtTheBudget() throws {
        let body = ["{{#each xs}}", "{{#each xs}}", "{{#each xs}}", "{{v}}", "{{/each}}", "{{/each}}", "{{/each}}"]
        let docx = WordPackage.docx(body: body.map { WordPackage.paragraphsXML($0) }.joined())
        let filler = try DOCXTemplateFiller(template: docx, limits: Self.lenient)
        let items = TemplateValue.list(Array(repeating: .map(["v": "x"]), count: 1000))
        let problems = WordPackage.tagProblems(WordPackage.failure { _ = try filler.fill(["xs": items]) })
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("too large to fill") == true)
    }

    @Test func aPartWithTooManyTagsIsRefusedBeforeParsing() throws {
        let body = String(repeating: "<w:p/>", count: PartLimits.maxMarkup + 1)
        let failure = WordPackage.failure { _ = try DOCXTemplateFiller(template: WordPackage.docx(body: body), limits: Self.lenient) }
        guard case .tooLarge(let part, _)? = failure?.problems.first else {
            Issue.record("expected a size refusal, got \(String(describing: failure?.problems.first))")
            return
        }
        #expect(part == "word/document.xml")
    }

    @Test func anElementWithManyAttributesIsRefusedBeforeParsing() throws {
        let attributes = (0..<200_000).map { " a\($0)=\"1\"" }.joined()
        let body = "<w:p\(attributes)/>"
        let failure = WordPackage.failure { _ = try DOCXTemplateFiller(template: WordPackage.docx(body: body), limits: Self.lenient) }
        guard case .tooLarge? = failure?.problems.first else {
            Issue.record("expected a refusal, got \(String(describing: failure?.problems.first))")
            return
        }
    }
}
