import Foundation
import Testing
@testable import LegalRules

/// docs/legal-rules.md carries tables generated from the catalogues; this keeps them in step.
/// Re-generate with RECORD_SNAPSHOTS=1.
@Suite struct LegalRulesDocTests {
    static let docURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/legal-rules.md")

    static var sections: [(name: String, body: String)] {
        let counts = LegalRulesReport.deficiencyCounts()
        let countLines =
            Confidence.allCases.reversed()
            .map { "- \($0.rawValue) (\($0.label)): \(counts[$0, default: 0])" }.joined(separator: "\n") + "\n"
        return [
            ("deficiency", LegalRulesReport.deficiencyTable()), ("wages", LegalRulesReport.wageTable()), ("counts", countLines),
            ("bank", LegalRulesReport.bankTable()), ("procedure", LegalRulesReport.procedureTable()),
            ("collection", LegalRulesReport.collectionLawTable()),
        ]
    }

    @Test func generatedSectionsAreInSync() throws {
        var text = try String(contentsOf: Self.docURL, encoding: .utf8)
        var changed = false
        for (name, body) in Self.sections {
            let begin = "<!-- BEGIN GENERATED: \(name) -->\n", end = "<!-- END GENERATED: \(name) -->"
            let start = try #require(text.range(of: begin), "missing marker \(name)")
            let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex), "missing end marker \(name)")
            let current = String(text[start.upperBound..<stop.lowerBound])
            let expected = body
            if current != expected {
                if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
                    text.replaceSubrange(start.upperBound..<stop.lowerBound, with: expected)
                    changed = true
                } else {
                    Issue.record("docs/legal-rules.md section '\(name)' is out of date; run with RECORD_SNAPSHOTS=1")
                }
            }
        }
        if changed { try text.write(to: Self.docURL, atomically: true, encoding: .utf8) }
    }
}
