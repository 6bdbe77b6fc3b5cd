import Generator

extension BatchWorker {
    /// Validates, renders, and writes each file atomically under `root`, hashing it for the manifest.
    func process(_ record: BatchRecord, folder: String, root: String) throws(BatchRunner.Failure) -> RecordOutcome {
        var outcome = RecordOutcome(number: record.number, caseID: record.caseID, folder: folder, source: record.source,
                                    rows: [], errors: [])
        switch validate(record) {
        case .failure(let errors):
            outcome.errors = errors.list
        case .success(let theCase):
            let rendering = renderer.render(theCase, folder: folder)
            outcome.errors = rendering.errors
            for file in rendering.files {
                do {
                    try AtomicFile.write(file.bytes, to: root + "/" + file.relativePath)
                } catch {
                    throw .cannotCreate(path: error.path, reason: error.reason)
                }
                outcome.rows.append(ManifestRow(file: file, caseID: record.caseID))
            }
        }
        return outcome
    }
}
