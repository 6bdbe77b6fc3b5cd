import CaseModel
import Foundation
import Generator
import Templating
@testable import Batch

/// Shared test material: the repository's templates and demo case, temp folders, and a source of
/// records held in memory.
enum Fixtures {
    /// The checkout's root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The built-in library, compiled once for every test.
    static let library: TemplateLibrary = try! TemplateLibrary.load(builtIn: root + "/templates")

    /// The date every test renders as of.
    static let today = CalendarDate(year: 2026, month: 11, day: 27)!

    /// `samples/demo.yaml`'s text.
    static let demo = try! String(contentsOfFile: root + "/samples/demo.yaml", encoding: .utf8)

    /// The demo case under another id and debtor name.
    static func demoCase(id: String, name: String) -> String {
        demo.replacingOccurrences(of: "\nid: demo\n", with: "\nid: \"\(id)\"\n")
            .replacingOccurrences(of: "name: Darnell Okafor", with: "name: \(name)")
    }

    /// A record that is not a case at all.
    static let brokenYAML = "debtor: [unclosed\n"

    /// The cease-contact letter in every format: the renderer the tests use.
    static let renderer = TemplateRenderer(
        generator: DocumentGenerator(library: library), documents: ["cease-contact"], today: today, force: true)

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "redress-batch-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// `count` records, the ones in `bad` broken, with ids `case-1`, `case-2`, …
    static func records(_ count: Int, bad: Set<Int> = []) -> [BatchRecord] {
        (1...count).map { n in
            let text = bad.contains(n) ? brokenYAML : demoCase(id: "case-\(n)", name: "Debtor \(n)")
            return BatchRecord(number: n, caseID: "case-\(n)", payload: .text(text, .yaml), source: "record \(n)")
        }
    }

    /// Runs a batch over records in memory.
    static func run(
        _ records: [BatchRecord], into folder: String, shard: Shard = .whole, resume: Bool = false,
        zip: Bool = false, limit: Int? = nil, jobs: Int = 2
    ) async throws -> BatchSummary {
        let options = BatchOptions(
            outputFolder: folder, jobs: jobs, shard: shard, resume: resume, zip: zip,
            asOf: today, recordLimit: limit)
        return try await BatchRunner(options: options, renderer: renderer)
            .run(ArraySource(records: records), total: records.count)
    }

    /// A file's bytes ("" when missing).
    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}

/// Records from an array, as a reader would yield them.
struct ArraySource: RecordSource {
    var records: [BatchRecord]
    var position = 0

    mutating func next() throws(BatchInputError) -> BatchRecord? {
        guard position < records.count else { return nil }
        defer { position += 1 }
        return records[position]
    }
}
