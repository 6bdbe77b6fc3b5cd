import CaseModel
import Foundation
import Generator
import Templating

/// The checkout this test file lives in, for the bundled templates and samples.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static let asOf = CalendarDate(year: 2026, month: 11, day: 27)!

    /// The built-in library, compiled once for all tests.
    static let library: TemplateLibrary = {
        do { return try TemplateLibrary.load(builtIn: root + "/templates") } catch { fatalError("\(error)") }
    }()

    /// A sample case by file name.
    static func sample(_ name: String) throws -> Case {
        let text = try String(contentsOfFile: root + "/samples/" + name, encoding: .utf8)
        let result = CaseParser.parse(text, format: .yaml, asOf: asOf)
        guard let value = result.value else { throw SampleError(diagnostics: result.diagnostics.map(\.description)) }
        return value
    }

    struct SampleError: Error { var diagnostics: [String] }
}

extension Repository {
    /// A sample with text replaced (in the order given), to build a case the samples do not cover.
    static func constructed(_ name: String, _ replacements: KeyValuePairs<String, String>) throws -> Case {
        var text = try String(contentsOfFile: root + "/samples/" + name, encoding: .utf8)
        for (old, new) in replacements { text = text.replacingOccurrences(of: old, with: new) }
        let result = CaseParser.parse(text, format: .yaml, asOf: asOf)
        guard let value = result.value else { throw SampleError(diagnostics: result.diagnostics.map(\.description)) }
        return value
    }
}

extension Repository {
    /// A case written out in YAML, for a test's own facts.
    static func parse(_ yaml: String) throws -> Case {
        let result = CaseParser.parse(yaml, format: .yaml, asOf: asOf)
        guard let value = result.value else { throw SampleError(diagnostics: result.diagnostics.map(\.description)) }
        return value
    }
}
