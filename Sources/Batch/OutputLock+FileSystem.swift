import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a batch's output folder (per shard: shards may share a folder), held
/// while the batch runs, so that a second batch into the same folder is refused instead of
/// interleaving its manifest rows with the first one's.
final class OutputLock {
    private let fd: Int32

    /// Takes the lock at `folder/name`, or throws ``BatchRunner/Failure/busy(path:)`` at once.
    init(folder: String, name: String) throws(BatchRunner.Failure) {
        let path = folder + "/" + name
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw .cannotCreate(path: path, reason: AppendFile.openError()) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(fd)
            throw busy ? .busy(path: folder) : .cannotCreate(path: path, reason: reason)
        }
    }

    deinit { close(fd) }
}
