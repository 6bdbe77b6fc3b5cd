import ArgumentParser
import CaseModel
import Foundation
import LegalRules

/// `redress analyze`: the legal analysis of a case, for a person or as JSON for scripts.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse a case: the deficiency, deadlines, wage and bank-levy protections, exemption claims and the FDCPA.",
        discussion: """
            Prints each finding with its figures, sources and how well the rule was checked. Not legal advice: \
            dates are estimates and every rule should be confirmed against the current law. \
            Exits 65 when the case file has errors.
            """)

    @Argument(help: ArgumentHelp("The case file (.yaml, .yml or .json).", valueName: "case-file"))
    var caseFile: String

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The date deadlines are counted to (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: CalendarDate?

    @Option(
        help: ArgumentHelp(
            "The language of the sentences: en or es (figures, keys and citations are the same).",
            valueName: "en|es"))
    var language: String = "en"

    func validate() throws {
        guard ["en", "es"].contains(language.lowercased()) else {
            throw ValidationError("--language must be en or es, not '\(language)'.")
        }
    }

    @Flag(help: "Print the whole analysis as JSON (sorted keys; money as \"1234.56\", dates as YYYY-MM-DD).")
    var json = false

    func run() throws {
        let date = asOf ?? .today
        let theCase = try CaseLoading.load(caseFile, asOf: date)
        let lang = AnalysisLanguage(code: language)
        let analysis = CaseAnalyzer.analyze(theCase, asOf: date, language: lang)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            Console.out(String(decoding: try encoder.encode(analysis), as: UTF8.self))
        } else {
            Console.out(Analyze.report(analysis, caseID: theCase.id, language: lang))
        }
    }
}
