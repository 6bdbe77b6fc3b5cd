import CaseModel

/// What became of one record: the manifest rows of the files written and any errors.
///
/// A record with errors counts as failed even when some of its documents were written (those
/// files are in the manifest; the errors say which documents are missing).
public struct RecordOutcome: Sendable {
    /// The record number.
    public var number: Int
    /// The case id as given in the input (nil when it had none).
    public var caseID: String?
    /// The folder the record's files went to.
    public var folder: String
    /// Where the record came from (`line 3`, a file name), when known.
    public var source: String?
    /// One row per file written, in the renderer's order.
    public var rows: [ManifestRow]
    /// Every problem, validation or rendering.
    public var errors: [RecordError]

    /// Whether the record went through without errors.
    public var succeeded: Bool { errors.isEmpty }

    /// The `errors.jsonl` line (with its line feed), or nil when there were no errors.
    public var errorLine: String? {
        guard !errors.isEmpty else { return nil }
        var line = "{\"record\": \(number), \"case_id\": " + (caseID.map(JSONText.quoted) ?? "null")
        if let source { line += ", \"source\": " + JSONText.quoted(source) }
        line += ", \"errors\": ["
        line += errors.map { "{\"path\": \(JSONText.quoted($0.path)), \"message\": \(JSONText.quoted($0.message))}" }
            .joined(separator: ", ")
        return line + "]}\n"
    }
}
