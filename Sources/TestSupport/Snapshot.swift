import Foundation
import Testing

/// Compares `actual` with the golden file `Snapshots/<name>` beside the calling test file.
///
/// Set `RECORD_SNAPSHOTS=1` to (re-)record. A missing golden file is recorded and the test fails,
/// so a clean checkout never passes on a snapshot nobody has looked at.
public func assertSnapshot(
    _ actual: String, named name: String,
    filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = snapshotURL(named: name, filePath: filePath)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let existing = try? String(contentsOf: url, encoding: .utf8)
    if record || existing == nil {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        if !record {
            Issue.record("Recorded new snapshot \(url.path); check it and run again.", sourceLocation: sourceLocation)
        }
        return
    }
    if existing != actual {
        let diff = firstDifference(existing ?? "", actual)
        Issue.record(
            "Snapshot \(name) differs at line \(diff.line):\n  expected: \(diff.expected)\n  actual:   \(diff.actual)\n(RECORD_SNAPSHOTS=1 to re-record)",
            sourceLocation: sourceLocation)
    }
}

/// The URL of the golden file `name` in the `Snapshots` folder beside `filePath`.
public func snapshotURL(named name: String, filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots").appendingPathComponent(name)
}

/// The first line at which two texts differ, 1-based.
func firstDifference(_ a: String, _ b: String) -> (line: Int, expected: String, actual: String) {
    let la = a.split(separator: "\n", omittingEmptySubsequences: false)
    let lb = b.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(la.count, lb.count) {
        let x = i < la.count ? String(la[i]) : "<end of file>"
        let y = i < lb.count ? String(lb[i]) : "<end of file>"
        if x != y { return (i + 1, x, y) }
    }
    return (0, "", "")
}
