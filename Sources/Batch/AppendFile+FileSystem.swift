import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file the batch appends to, unbuffered, so each record's lines reach the operating system
/// before the next record's (a killed process loses nothing already appended).
final class AppendFile {
    let path: String
    private let fd: Int32
    /// The file's size, counting everything appended.
    private(set) var size: Int

    /// Opens `path` for appending, creating it; `truncatingTo` cuts it first (0 empties it).
    init(path: String, truncatingTo length: Int?) throws(BatchRunner.Failure) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
        if let length, ftruncate(fd, off_t(length)) != 0 {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .cannotCreate(path: path, reason: reason)
        }
        var info = stat()
        fstat(fd, &info)
        size = Int(info.st_size)
    }

    deinit { close(fd) }

    /// Flushes everything appended so far to the disk.
    func sync() throws(BatchRunner.Failure) {
        guard fsync(fd) == 0 else { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Appends the UTF-8 of `text` with one write call.
    func append(_ text: String) throws(BatchRunner.Failure) {
        try append(bytes: Array(text.utf8))
    }

    /// Appends bytes, retrying short writes.
    func append(bytes: [UInt8]) throws(BatchRunner.Failure) {
        guard !bytes.isEmpty else { return }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotCreate(path: path, reason: String(cString: strerror(errno)))
            }
            written += n
        }
        size += bytes.count
    }
}
