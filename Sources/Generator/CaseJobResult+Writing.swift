extension CaseJobResult {
    /// Writes every file under `folder`, all or none: each is written under a temporary name, and
    /// renamed into place only once every one is on disk (see ``AtomicFile/writeAll(_:durable:)``).
    /// Returns the paths written.
    public func write(into folder: String) throws(AtomicFile.Failure) -> [String] {
        let paths = files.map { folder.hasSuffix("/") ? folder + $0.relativePath : folder + "/" + $0.relativePath }
        try AtomicFile.writeAll(zip(files, paths).map { (bytes: $0.bytes, path: $1) })
        return paths
    }
}
