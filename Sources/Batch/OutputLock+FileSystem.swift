import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a batch's output folder (per shard: shards may share a folder), held
/// while the batch runs, so that a second batch into the same folder is refused instead of
/// interleaving its manifest rows with the first one's.
///
/// The lock is `flock` on `folder/name`: the kernel lets go of it when its process ends, however it
/// ends, so a file left by a killed batch never blocks the next one. The file itself is removed
/// when the batch ends (`release()`), so the folder holds only the batch's output.
final class OutputLock {
    private let fd: Int32
    private let path: String
    private var released = false

    /// Takes the lock at `folder/name`, or throws ``BatchRunner/Failure/busy(path:)`` at once.
    init(folder: String, name: String) throws(BatchRunner.Failure) {
        let path = folder + "/" + name
        // A batch that ends removes the file while it still holds the lock: a lock then taken on
        // the removed file guards nothing, so it is taken again on the file now at the path.
        for _ in 0..<100 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw .cannotCreate(path: path, reason: AppendFile.openError()) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let busy = errno == EWOULDBLOCK
                let reason = String(cString: strerror(errno))
                close(fd)
                throw busy ? .busy(path: folder) : .cannotCreate(path: path, reason: reason)
            }
            if OutputLock.isNamed(fd, path) {
                self.fd = fd
                self.path = path
                return
            }
            close(fd)
        }
        throw .busy(path: folder)
    }

    /// Removes the lock file, then lets go of the lock (in that order: see `init`).
    func release() {
        guard !released else { return }
        released = true
        unlink(path)
        close(fd)
    }

    deinit { if !released { close(fd) } }

    /// Whether `path` still names the file open at `fd`.
    private static func isNamed(_ fd: Int32, _ path: String) -> Bool {
        var opened = stat()
        var named = stat()
        guard fstat(fd, &opened) == 0, lstat(path, &named) == 0 else { return false }
        return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
    }
}
