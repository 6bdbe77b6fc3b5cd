import ArgumentParser
import CaseModel
import DOCXTemplate
import Foundation
import Generator

/// `redress fill`: fills a user's own Word template with one case.
struct Fill: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fill your own Word template (.docx) with a case.",
        discussion: """
            The template uses the same tags as the built-in templates ({{debtor.name}}, {{#if}}, {{#each}}; \
            see docs/word-templates.md). Everything else in the file (letterhead, styles, \
            images, fields) is kept as it is. Writes output/<case id>/<template file name> unless --out is given. \
            Exit codes: 65 for template or case errors (all listed at once), 66 for a missing file, 73 when the \
            output cannot be written.
            """)

    @Argument(help: ArgumentHelp("The Word template (.docx).", valueName: "template.docx"))
    var template: String

    @Argument(help: ArgumentHelp("The case file (.yaml, .yml or .json).", valueName: "case-file"))
    var caseFile: String

    @Option(help: ArgumentHelp("The file to write (default: output/<case id>/<template file name>).", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("The date printed in the document and used for deadlines (default: today).", valueName: "YYYY-MM-DD"))
    var date: CalendarDate?

    @Option(help: ArgumentHelp("The language of dates and yes/no words: en or es (default: the case's preferred language).", valueName: "code"))
    var language: String?

    @Flag(help: "Print missing fields as visible placeholders such as [COLLECTOR ADDRESS] instead of failing.")
    var draft = false

    func validate() throws {
        if let language, !["en", "es"].contains(language) {
            throw ValidationError("unknown language '\(language)'; use en or es")
        }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: template) else {
            Console.error("error: \(template): no such file or not readable")
            throw ExitStatus.noInput
        }
        let filler: DOCXTemplateFiller
        do {
            filler = try DOCXTemplateFiller(template: Array(data))
        } catch {
            report(error)
            throw ExitStatus.dataError
        }
        let day = date ?? .today
        let theCase = try CaseLoading.load(caseFile, asOf: day)
        let code = language ?? theCase.preferredLanguage ?? "en"
        let bytes: [UInt8]
        do {
            let context = CaseContext.make(for: theCase, today: day, language: code)
            bytes = try filler.fill(context, options: FillOptions(languageCode: code, draft: draft))
        } catch {
            report(error)
            throw ExitStatus.dataError
        }
        let path = out ?? "output/\(SafeName.sanitise(theCase.id, record: 1))/\((template as NSString).lastPathComponent)"
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            Console.error("error: \(error)")
            throw ExitStatus.cannotCreate
        }
        Console.out(path)
    }

    private func report(_ failure: DOCXTemplateFiller.Failure) {
        for problem in failure.problems { Console.error("\(template): \(problem)") }
        let count = failure.problems.count
        Console.error("\(template): \(count) error\(count == 1 ? "" : "s"); nothing was written")
    }
}
