import ArgumentParser
import CaseModel
import Foundation
import Generator
import Templating

/// What to generate and where: shared by `generate` and the demo.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .customLong("document"),
        help: ArgumentHelp(
            "A document id to generate (repeatable; default: every document that applies to the case, by its applies_when). A document named here that does not apply to the case is refused (exit 65) unless --force. See `redress documents`.",
            valueName: "id"))
    var documents: [String] = []

    @Option(help: ArgumentHelp("Formats to write, comma-separated.", valueName: "txt,html,docx"))
    var format: String = "txt,html,docx"

    @Option(help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String = "output"

    @Option(help: ArgumentHelp("The date printed in documents and used for deadlines (default: today).", valueName: "YYYY-MM-DD"))
    var date: CalendarDate?

    @Option(help: ArgumentHelp("The language: en or es (default: the case's preferred language).", valueName: "code"))
    var language: String?

    @Option(
        help: ArgumentHelp(
            "The language of the documents for the office, such as the intake summary: en or es. Letters and court filings are always written in English to send; with --language es each also gets a Spanish reading copy.",
            valueName: "code"))
    var officeLanguage: String = "en"

    @Flag(help: "Render missing fields as visible placeholders such as [COLLECTOR ADDRESS] instead of failing.")
    var draft = false

    @Flag(help: "Write a document named with --document even when it does not apply to the case.")
    var force = false

    @Flag(
        help: ArgumentHelp(
            "Also write the packet: the documents that apply to the case (by its applies_when, in packet_order), an index.html linking them, and packet.docx (plus packet.txt / packet.html for those formats) combining them.",
            discussion: "A document named with --document that does not apply is refused unless --force."))
    var packet = false

    /// The parsed formats.
    var formats: [OutputFormat] { OutputFormat.list(parsing: format) ?? OutputFormat.allCases }

    func validate() throws {
        guard OutputFormat.list(parsing: format) != nil else {
            throw ValidationError("unknown format in '\(format)'; use txt, html and/or docx")
        }
        if let language, !["en", "es"].contains(language) {
            throw ValidationError("unknown language '\(language)'; use en or es")
        }
        guard ["en", "es"].contains(officeLanguage) else {
            throw ValidationError("unknown office language '\(officeLanguage)'; use en or es")
        }
    }

    /// Renders the documents for one case and writes them, printing each path written.
    /// An unknown `--document` id is a usage error (64), found before anything is rendered.
    func generate(_ theCase: Case, library: TemplateLibrary, date: CalendarDate) throws {
        let known = Set(library.templates.map(\.frontMatter.id))
        for id in documents where !known.contains(id) {
            Console.error("error: no document '\(id)'; available: \(known.sorted().joined(separator: ", "))")
            throw ExitStatus.usage
        }
        let generator = DocumentGenerator(library: library)
        let job = CaseJob(
            theCase: theCase, documents: documents, formats: formats, language: language,
            today: date, draft: draft, force: force, officeLanguage: officeLanguage)
        let result = packet ? generator.generatePacket(job) : generator.generate(job)
        for note in result.notes { Console.error("note: \(note)") }
        do {
            for path in try result.write(into: out) { Console.out(path) }
        } catch {
            Console.error("error: \(error)")
            throw ExitStatus.cannotCreate
        }
        for failure in result.failures { Console.error("error: \(failure)") }
        if !result.failures.isEmpty { throw ExitStatus.dataError }
    }
}
