import Generator

extension BatchWorker {
    /// Validates and renders a record: its outcome so far (errors, the case's own id) and its files
    /// in memory, not yet written (``write(_:of:root:)`` does that, and hashes them for the manifest).
    ///
    /// Before validation the record's id is the reader's cheap scan (good enough to name the folder
    /// in record order); once the case is valid, the manifest and any errors carry the case's own id.
    func render(_ record: BatchRecord, folder: String) -> (outcome: RecordOutcome, files: [GeneratedFile]) {
        var outcome = RecordOutcome(
            number: record.number, caseID: record.caseID, folder: folder, source: record.source,
            rows: [], errors: [])
        switch validate(record) {
        case .failure(let errors):
            outcome.errors = errors.list
            return (outcome, [])
        case .success(let theCase):
            outcome.caseID = theCase.id
            let rendering = renderer.render(theCase, folder: folder)
            outcome.errors = rendering.errors
            return (outcome, rendering.files)
        }
    }

    /// Writes a rendered record's files atomically under `root` and adds a manifest row for each.
    func write(_ files: [GeneratedFile], of rendered: RecordOutcome, root: String) throws(BatchRunner.Failure) -> RecordOutcome {
        var outcome = rendered
        // Each folder is made once per record; then every file is only open, write, rename.
        var made: Set<Substring> = []
        for file in files {
            let path = root + "/" + file.relativePath
            do throws(AtomicFile.Failure) {
                if let slash = file.relativePath.lastIndex(of: "/"), made.insert(file.relativePath[..<slash]).inserted {
                    let folder = root + "/" + file.relativePath[..<slash]
                    try AtomicFile.createFolder(folder)
                    // A case folder planted as a link would send the record's files elsewhere.
                    if AtomicFile.isSymbolicLink(folder) {
                        throw AtomicFile.Failure(path: folder, reason: "is a symbolic link; the batch does not write through links")
                    }
                }
                try AtomicFile.write(file.bytes, to: path, durable: false, createFolders: false)
            } catch {
                throw .cannotCreate(path: error.path, reason: error.reason)
            }
            outcome.rows.append(ManifestRow(file: file, caseID: outcome.caseID))
        }
        return outcome
    }
}
