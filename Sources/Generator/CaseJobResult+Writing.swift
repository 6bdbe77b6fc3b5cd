extension CaseJobResult {
    /// Writes every file under `folder`, each atomically and durably, in order; returns the paths
    /// written. Stops at the first file that cannot be written.
    public func write(into folder: String) throws(AtomicFile.Failure) -> [String] {
        var written: [String] = []
        for file in files {
            let path = folder.hasSuffix("/") ? folder + file.relativePath : folder + "/" + file.relativePath
            try AtomicFile.write(file.bytes, to: path)
            written.append(path)
        }
        return written
    }
}
