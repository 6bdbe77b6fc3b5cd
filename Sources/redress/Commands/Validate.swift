import ArgumentParser
import CaseModel

/// `redress validate`: reports every problem in a case file at once.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a case file and report every problem at once, each with its field path.",
        discussion: "Exits 65 when there are errors, 0 when there are none (warnings alone do not fail).")

    @Argument(help: ArgumentHelp("The case file (.yaml, .yml or .json).", valueName: "case-file"))
    var caseFile: String

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The date against which dates are judged (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: CalendarDate?

    func run() throws {
        let result = try CaseLoading.parse(caseFile, asOf: asOf ?? .today)
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        for d in result.diagnostics {
            Console.out("\(caseFile): \(d.severity.rawValue): \(d)")
        }
        Console.out("\(caseFile): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw ExitStatus.dataError }
    }
}
