#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader never sees a partial one: bytes go to a temporary file in the
/// same folder, which is then renamed over the destination (rename is atomic within a file system).
///
/// A kill at any moment leaves the old file or the new one, never a mix. Surviving a power loss
/// as well takes `durable: true`: the file is flushed to the disk before the rename, and the folder
/// after it, so that the rename cannot reach the disk ahead of the bytes.
public enum AtomicFile {
    /// Why a write failed.
    public struct Failure: Error, CustomStringConvertible {
        /// The destination path.
        public var path: String
        /// The operating system's reason.
        public var reason: String
        public var description: String { "\(path): \(reason)" }

        /// Creates a failure.
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// This process's id, asked once.
    private static let processID = getpid()

    /// Writes `bytes` to `path`; the file appears whole or not at all.
    ///
    /// `durable` flushes the file (and then its folder) to the disk, which costs a disk round trip
    /// per file: right for one command's few files, too slow for a batch of thousands, which flushes
    /// its manifest instead and re-checks files on `--resume`. `createFolders: false` skips creating
    /// the parent folder, for callers that made it once for many files.
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true, createFolders: Bool = true) throws(Failure) {
        try stage(bytes, to: path, durable: durable, createFolders: createFolders).commit()
    }

    /// A file written to its temporary name, waiting to be renamed over its destination.
    public struct Staged: Sendable {
        let temp: String
        let path: String
        let folder: String
        let durable: Bool

        /// Renames the file over its destination.
        public func commit() throws(Failure) {
            guard rename(temp, path) == 0 else {
                let reason = lastError()
                unlink(temp)
                throw Failure(path: path, reason: reason)
            }
            if durable { try syncFolder(folder, for: path) }
        }

        /// Removes the temporary file.
        public func discard() { unlink(temp) }
    }

    /// Writes `bytes` beside `path` under a temporary name; ``Staged/commit()`` puts it in place.
    public static func stage(_ bytes: [UInt8], to path: String, durable: Bool = true, createFolders: Bool = true) throws(Failure) -> Staged {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { $0 == path.utf8.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
        if createFolders, slash != nil { try createFolder(folder) }
        // The temporary name is the file's own plus this process's id: unique unless two writers of
        // one process write the same path at once, or a crashed run of the same id left its file;
        // then (EEXIST) a random suffix. No system call for a name in the usual case (a batch writes
        // thousands of files, and getpid and getrandom were two of its nine calls per file).
        var temp = folder + "/." + name + ".tmp-\(processID)"
        var fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        while fd < 0, errno == EEXIST {
            temp = folder + "/." + name + ".tmp-\(processID)-\(UInt32.random(in: 0...UInt32.max))"
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw Failure(path: path, reason: lastError()) }
        var failure: String?
        bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let n = posixWrite(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 { if errno == EINTR { continue }; failure = lastError(); return }
                written += n
            }
        }
        if failure == nil, durable, fsync(fd) != 0 { failure = lastError() }
        if close(fd) != 0, failure == nil { failure = lastError() }
        if let failure {
            unlink(temp)
            throw Failure(path: path, reason: failure)
        }
        return Staged(temp: temp, path: path, folder: folder, durable: durable)
    }

    /// Creates `folder` and any missing parents (like `mkdir -p`); an existing folder is fine.
    public static func createFolder(_ folder: String) throws(Failure) {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST && isFolder(folder) { return }
        guard errno == ENOENT, let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")), slash != folder.utf8.startIndex else {
            throw Failure(path: folder, reason: "cannot create folder: \(lastError())")
        }
        try createFolder(String(folder[..<slash]))
        if mkdir(folder, 0o755) == 0 || errno == EEXIST && isFolder(folder) { return }
        throw Failure(path: folder, reason: "cannot create folder: \(lastError())")
    }

    /// Flushes a folder's entries (a rename into it) to the disk.
    static func syncFolder(_ folder: String, for path: String) throws(Failure) {
        let fd = open(folder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, reason: "cannot open folder \(folder): \(lastError())") }
        defer { close(fd) }
        // Some file systems cannot sync a folder (EINVAL); the file itself is already on disk.
        if fsync(fd) != 0, errno != EINVAL { throw Failure(path: path, reason: lastError()) }
    }

    /// Whether `path` is a symbolic link (not followed).
    public static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    fileprivate static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

/// `write(2)`, named through whichever C library this platform has.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, buffer, count)
    #else
    return Darwin.write(fd, buffer, count)
    #endif
}
