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
        let lock = try OutputLock(folder: root, name: options.files.lock)
        // Runs last, after the ledger's own flush below: nothing is written once the lock is gone.
        defer { lock.release() }
        let range = try shardRange(total: total)
        let shardTotal = range.map(\.count) ?? total
        let ledger = try BatchLedger(
            folder: root, files: options.files, resume: options.resume,
            settings: options.settings, syncEvery: options.syncEvery)
        // Whatever stops the run, the records already recorded reach the files.
        defer { try? ledger.flush() }
        let resume = ledger.resumePoint
        let worker = BatchWorker(renderer: renderer, asOf: options.asOf)
        // Records go to workers in chunks: a task per record cost its creation and two thread
        // hand-offs per record, which the profile showed as more CPU than validating the record.
        let chunkSize = Self.chunkSize(records: shardTotal, jobs: options.jobs)
        // At most `window` records between the reader and the ledger (in a worker, or finished and
        // waiting for an earlier chunk): a chunk per worker, and as many waiting.
        let window = options.jobs * 2 * chunkSize
        var summary = BatchSummary()
        var namer = CaseFolderNamer()

        try await withThrowingTaskGroup(of: [(Int, Bool, RecordOutcome)].self) { group in
            var submitted = 0
            var running = 0
            var flushed = 0
            var waiting: [Int: (Bool, RecordOutcome)] = [:]
            var started = 0
            var chunk: [(sequence: Int, repair: Bool, record: BatchRecord, folder: String)] = []
            chunk.reserveCapacity(chunkSize)

            // Takes one finished chunk from the group, then records every record now next in line.
            func collect() async throws {
                guard let outcomes = try await group.next() else { return }
                running -= 1
                for (sequence, repair, outcome) in outcomes { waiting[sequence] = (repair, outcome) }
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

            // Hands the chunk to a worker once one is free (at most `jobs` chunks run at once).
            func submit() async throws {
                guard !chunk.isEmpty else { return }
                while running > 0, running >= options.jobs || submitted - flushed > window { try await collect() }
                let work = chunk
                chunk.removeAll(keepingCapacity: true)
                running += 1
                group.addTask {
                    // A chunk's records are all rendered, then all written: file-system calls between
                    // two renders cost the next render its warm caches.
                    let rendered = work.map { item in worker.render(item.record, folder: item.folder) }
                    var outcomes: [(Int, Bool, RecordOutcome)] = []
                    outcomes.reserveCapacity(work.count)
                    for (item, record) in zip(work, rendered) {
                        outcomes.append(
                            (
                                item.sequence, item.repair,
                                try worker.write(record.files, of: record.outcome, root: root)
                            ))
                    }
                    return outcomes
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
                chunk.append((submitted, finished, record, folder))
                submitted += 1
                if chunk.count == chunkSize { try await submit() }
            }
            try await submit()
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
