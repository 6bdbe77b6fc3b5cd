import Generator

extension BatchWorker {
    /// Validates, renders, and writes each file atomically under `root`, hashing it for the manifest.
    ///
    /// Before validation the record's id is the reader's cheap scan (good enough to name the folder
    /// in record order); once the case is valid, the manifest and any errors carry the case's own id.
    func process(_ record: BatchRecord, folder: String, root: String) throws(BatchRunner.Failure) -> RecordOutcome {
        var outcome = RecordOutcome(number: record.number, caseID: record.caseID, folder: folder, source: record.source,
                                    rows: [], errors: [])
        switch validate(record) {
        case .failure(let errors):
            outcome.errors = errors.list
        case .success(let theCase):
            outcome.caseID = theCase.id
            let rendering = renderer.render(theCase, folder: folder)
            outcome.errors = rendering.errors
            // Each folder is made once per record; then every file is only open, write, rename.
            var made: Set<Substring> = []
            for file in rendering.files {
                let path = root + "/" + file.relativePath
                do {
                    if let slash = file.relativePath.lastIndex(of: "/"), made.insert(file.relativePath[..<slash]).inserted {
                        try AtomicFile.createFolder(root + "/" + file.relativePath[..<slash])
                    }
                    try AtomicFile.write(file.bytes, to: path, durable: false, createFolders: false)
                } catch {
                    throw .cannotCreate(path: error.path, reason: error.reason)
                }
                outcome.rows.append(ManifestRow(file: file, caseID: theCase.id))
            }
        }
        return outcome
    }
}
