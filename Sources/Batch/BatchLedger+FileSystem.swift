/// The batch's records of what is finished: `manifest.csv`, `errors.jsonl` and the resume journal,
/// appended in record order, one record at a time.
///
/// The journal's first line records the run's settings (see ``BatchRunSettings``). Then, per
/// record: its errors line, then its manifest rows, then a journal line
/// `record manifest-size errors-size`. The journal line is the commit point: `--resume` cuts the
/// manifest and errors back to the sizes in the last journal line it can trust, which drops a
/// half-appended record (or a torn last line) and leaves exactly what an uninterrupted run had.
///
/// Appends reach the operating system every ``flushEvery`` records, manifest and errors before
/// the journal, and the disk every `syncEvery` records and at the end. A kill loses at most the
/// last ``flushEvery`` records' lines, a power loss at most `syncEvery`: `--resume` renders those
/// records again (their files come out byte for byte the same) and nothing is lost.
final class BatchLedger {
    private let manifest: AppendFile
    private let errors: AppendFile
    private let journal: AppendFile
    private let syncEvery: Int
    private var sinceSync = 0
    private var sinceFlush = 0
    /// How many records' lines are written together: two system calls saved per record, which
    /// the benchmark showed as a tenth of a DOCX record's time.
    static let flushEvery = 32
    /// Where a resumed run starts; a fresh run's point is record 0.
    let resumePoint: ResumePoint

    /// Opens the ledger in `folder`: fresh (emptied, with a manifest header and the settings line)
    /// or resumed, after checking that the journal's settings are `settings`.
    init(
        folder: String, files: BatchFiles, resume: Bool, settings: BatchRunSettings? = nil,
        syncEvery: Int = 1000
    ) throws(BatchRunner.Failure) {
        let path = { (name: String) in folder + "/" + name }
        self.syncEvery = syncEvery
        if resume, let settings, ResumePoint.size(of: path(files.journal)) > 0 {
            let recorded = BatchRunSettings.recorded(inFolder: folder, files: files)
            let differences =
                recorded.map { settings.differences(from: $0) }
                ?? ["no recorded settings (an older journal)"]
            if !differences.isEmpty { throw .resumeMismatch(journal: path(files.journal), differences: differences) }
        }
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
            if let settings { try journal.append(settings.journalLine) }
            resumePoint = ResumePoint(manifestBytes: manifest.size)
        }
    }

    /// Appends one finished record.
    func append(_ outcome: RecordOutcome) throws(BatchRunner.Failure) {
        if let line = outcome.errorLine { errors.buffer(line) }
        for row in outcome.rows { manifest.buffer(row.line) }
        journal.buffer("\(outcome.number) \(manifest.size) \(errors.size)\n")
        sinceSync += 1
        sinceFlush += 1
        if sinceSync >= syncEvery {
            try sync()
        } else if sinceFlush >= Self.flushEvery {
            try flush()
        }
    }

    /// Writes the buffered lines: the manifest and errors file before the journal that vouches for them.
    func flush() throws(BatchRunner.Failure) {
        try manifest.flush()
        try errors.flush()
        try journal.flush()
        sinceFlush = 0
    }

    /// Flushes the manifest and errors file, then the journal, to the disk: the journal never
    /// reaches the disk ahead of the lines it vouches for.
    func sync() throws(BatchRunner.Failure) {
        try flush()
        try manifest.sync()
        try errors.sync()
        try journal.sync()
        sinceSync = 0
    }
}
