import CaseModel
import Foundation
import Testing
@testable import Batch

/// Syntax errors and repeated keys in a record reach `errors.jsonl` with the field they sit in and
/// their line and column.
@Suite struct RecordErrorPathTests {
    @Test(arguments: [
        (#"{"id": "r", "debtor": {"name": "A", "name": "B"}}"#, CaseFileFormat.json, "debtor.name", "line 1, column 37: the key 'name'"),
        ("id: r\ndebtor:\n  name: A\n  name: B\n", .yaml, "debtor.name", "line 3, column 3: the key 'name'"),
        ("id: r\ndebtor:\n  name: [A\n", .yaml, "debtor.name", "line 4, column 1: syntax error: "),
    ])
    func errorsJSONLNamesTheField(_ text: String, _ format: CaseFileFormat, _ path: String, _ message: String) async throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let record = BatchRecord(number: 1, caseID: "r", payload: .text(text, format), source: "record 1")
        _ = try await Fixtures.run([record], into: dir)
        let line = try #require(Fixtures.read(dir + "/errors.jsonl").split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let errors = try #require(object["errors"] as? [[String: String]])
        #expect(errors.first?["path"] == path)
        #expect(errors.first?["message"]?.hasPrefix(message) == true)
    }
}
