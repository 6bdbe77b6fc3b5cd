import CaseModel
import Foundation

/// Files of the repository that the tests read: samples and the published schema.
enum Fixtures {
    /// The repository's root folder, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The text of a file under the root, such as `samples/demo.yaml`.
    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// The date every test checks cases against.
    static let asOf = CalendarDate(year: 2026, month: 11, day: 27)!

    /// The sample case files that must parse without errors.
    static let validSamples = [
        "samples/ca-nonjudicial-bank-levy.yaml",
        "samples/ny-judicial-wage-garnishment.yaml",
        "samples/tx-vehicle-repossession.yaml",
        "samples/demo.yaml",
    ]

    /// Parses a YAML sample.
    static func parseSample(_ path: String) throws -> CaseParseResult {
        CaseParser.parse(try text(path), format: .yaml, asOf: asOf)
    }

    /// Encodes a value as JSON with sorted keys.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
