import Foundation

extension BatchRunner {
    /// Runs the batch over `source`, whose whole input holds `total` records (nil when unknown;
    /// needed for `--shard`). Reports progress after each record; returns the summary.
    public func run<Source: RecordSource>(
        _ source: Source, total: Int?, progress: @escaping @Sendable (BatchProgress) -> Void = { _ in }
    ) async throws -> BatchSummary {
        var source = source
        let root = options.outputFolder
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotCreate(path: root, reason: error.localizedDescription)
        }
        let range = try shardRange(total: total)
        let shardTotal = range.map(\.count) ?? total
        let ledger = try BatchLedger(folder: root, files: options.files, resume: options.resume,
                                     settings: options.settings, syncEvery: options.syncEvery)
        // Whatever stops the run, the records already recorded reach the files.
        defer { try? ledger.flush() }
        let resume = ledger.resumePoint
        let worker = BatchWorker(renderer: renderer, asOf: options.asOf)
        let window = options.jobs * 2
        var summary = BatchSummary()
        var namer = CaseFolderNamer()

        try await withThrowingTaskGroup(of: (Int, Bool, RecordOutcome).self) { group in
            var submitted = 0
            var flushed = 0
            var waiting: [Int: (Bool, RecordOutcome)] = [:]
            var started = 0

            // Takes one finished record from the group, then records every record now next in line.
            func collect() async throws {
                guard let (sequence, repair, outcome) = try await group.next() else { return }
                waiting[sequence] = (repair, outcome)
                while let (repair, outcome) = waiting.removeValue(forKey: flushed) {
                    flushed += 1
                    summary.files += outcome.rows.count
                    if repair { summary.repaired += 1; continue }
                    try ledger.append(outcome)
                    summary.records += 1
                    if outcome.succeeded { summary.succeeded += 1 } else { summary.failed += 1 }
                    progress(BatchProgress(done: summary.records, failed: summary.failed, total: shardTotal))
                }
            }

            while let record = try source.next() {
                let folder = namer.folder(for: record.caseID, record: record.number)
                if let range {
                    if record.number > range.upperBound { break }
                    if record.number < range.lowerBound { continue }
                }
                if folder != record.caseID {
                    summary.renamedCount += 1
                    if summary.renamed.count < 100 { summary.renamed.append((record.number, record.caseID, folder)) }
                }
                let finished = record.number <= resume.lastRecord
                if finished {
                    summary.records += 1
                    summary.resumed += 1
                    progress(BatchProgress(done: summary.records, failed: resume.failedRecords, total: shardTotal))
                    if !resume.repairFolders.contains(folder) { continue }
                } else {
                    if let limit = options.recordLimit, started >= limit { summary.stoppedEarly = true; break }
                    started += 1
                }
                while submitted - flushed >= window { try await collect() }
                let sequence = submitted
                submitted += 1
                group.addTask { (sequence, finished, try worker.process(record, folder: folder, root: root)) }
            }
            while flushed < submitted { try await collect() }
        }
        try ledger.sync()
        summary.failed += resume.failedRecords
        summary.succeeded += summary.resumed - resume.failedRecords
        if options.zip, !summary.stoppedEarly {
            try BatchArchive.write(folder: root, files: options.files)
            summary.zip = options.files.zip
        }
        return summary
    }
}
