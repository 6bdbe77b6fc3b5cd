extension AtomicFile {
    /// Writes several files all or none: each is written under a temporary name first, and only
    /// when every one is on disk are they renamed into place. A failure (a full disk) removes the
    /// temporary files and leaves the destinations as they were.
    public static func writeAll(_ files: [(bytes: [UInt8], path: String)], durable: Bool = true) throws(Failure) {
        var staged: [Staged] = []
        staged.reserveCapacity(files.count)
        for file in files {
            do {
                staged.append(try stage(file.bytes, to: file.path, durable: durable))
            } catch {
                for done in staged { done.discard() }
                throw error
            }
        }
        for (index, file) in staged.enumerated() {
            do {
                try file.commit()
            } catch {
                for rest in staged[(index + 1)...] { rest.discard() }
                throw error
            }
        }
    }
}
