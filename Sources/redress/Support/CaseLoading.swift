import CaseModel
import Foundation

/// Reads and validates a case file, printing every diagnostic; the CLI's edge to `CaseParser`.
enum CaseLoading {
    /// Loads `path`, prints warnings, and throws the right exit code on failure.
    static func load(_ path: String, asOf: CalendarDate, printWarnings: Bool = true) throws -> Case {
        let result = try parse(path, asOf: asOf)
        let errors = result.diagnostics.filter { $0.severity == .error }
        for d in result.diagnostics where d.severity == .error || printWarnings {
            Console.error("\(path): \(d.severity == .error ? "error" : "warning"): \(d)")
        }
        guard errors.isEmpty, let value = result.value else {
            Console.error("\(path): \(errors.count) error\(errors.count == 1 ? "" : "s"); nothing was written")
            throw ExitStatus.dataError
        }
        return value
    }

    /// Reads and parses without printing; throws only when the file cannot be read.
    static func parse(_ path: String, asOf: CalendarDate) throws -> CaseParseResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("error: \(path): no such file or not readable")
            throw ExitStatus.noInput
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Console.error("error: \(path): not UTF-8 text")
            throw ExitStatus.dataError
        }
        let format: CaseFileFormat = path.lowercased().hasSuffix(".json") ? .json : .yaml
        return CaseParser.parse(text, format: format, asOf: asOf)
    }
}
