/// The batch's records of what is finished: `manifest.csv`, `errors.jsonl` and the resume journal,
/// appended in record order, one record at a time.
///
/// Per record: its errors line, then its manifest rows, then a journal line
/// `record manifest-size errors-size`. The journal line is the commit point: `--resume` cuts the
/// manifest and errors back to the sizes in the last journal line it can trust, which drops a
/// half-appended record (or a torn last line) and leaves exactly what an uninterrupted run had.
final class BatchLedger {
    private let manifest: AppendFile
    private let errors: AppendFile
    private let journal: AppendFile
    /// Where a resumed run starts; a fresh run's point is record 0.
    let resumePoint: ResumePoint

    /// Opens the ledger in `folder`: fresh (emptied, with a manifest header) or resumed.
    init(folder: String, files: BatchFiles, resume: Bool) throws(BatchRunner.Failure) {
        let path = { (name: String) in folder + "/" + name }
        if resume, let point = ResumePoint.find(folder: folder, files: files) {
            manifest = try AppendFile(path: path(files.manifest), truncatingTo: point.manifestBytes)
            errors = try AppendFile(path: path(files.errors), truncatingTo: point.errorsBytes)
            journal = try AppendFile(path: path(files.journal), truncatingTo: point.journalBytes)
            resumePoint = point.checkingFiles(folder: folder, manifest: path(files.manifest))
        } else {
            manifest = try AppendFile(path: path(files.manifest), truncatingTo: 0)
            errors = try AppendFile(path: path(files.errors), truncatingTo: 0)
            journal = try AppendFile(path: path(files.journal), truncatingTo: 0)
            try manifest.append(ManifestRow.header)
            resumePoint = ResumePoint(manifestBytes: manifest.size)
        }
    }

    /// Appends one finished record.
    func append(_ outcome: RecordOutcome) throws(BatchRunner.Failure) {
        if let line = outcome.errorLine { try errors.append(line) }
        var rows = ""
        for row in outcome.rows { rows += row.line }
        try manifest.append(rows)
        try journal.append("\(outcome.number) \(manifest.size) \(errors.size)\n")
    }
}
