import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file the batch appends to: ``append(_:)`` writes at once; ``buffer(_:)`` holds lines until
/// ``flush()`` or ``sync()``, for the ledger, whose journal decides what a resumed run trusts.
final class AppendFile {
    let path: String
    private let fd: Int32
    /// The file's size, counting everything appended.
    private(set) var size: Int

    /// Opens `path` for appending, creating it; `truncatingTo` cuts it first (0 empties it).
    /// A symbolic link at `path` is refused, never written through (the output folder may have
    /// been prepared by someone else).
    init(path: String, truncatingTo length: Int?) throws(BatchRunner.Failure) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw .cannotCreate(path: path, reason: Self.openError()) }
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

    /// Why `open` failed, naming a symbolic link as such (O_NOFOLLOW reports one as ELOOP).
    static func openError() -> String {
        errno == ELOOP ? "is a symbolic link; the batch does not write through links" : String(cString: strerror(errno))
    }

    /// Writes what is buffered, then flushes everything appended so far to the disk.
    func sync() throws(BatchRunner.Failure) {
        try flush()
        guard fsync(fd) == 0 else { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Appends the UTF-8 of `text` with one write call.
    func append(_ text: String) throws(BatchRunner.Failure) {
        try append(bytes: Array(text.utf8))
    }

    /// Bytes held by ``buffer(_:)`` until the next ``flush()``.
    private var pending: [UInt8] = []

    /// Adds `text` to the file's end at the next ``flush()`` (``size`` counts it at once): the
    /// ledger writes a record's lines a few dozen records at a time, not two system calls each.
    func buffer(_ text: String) {
        pending.append(contentsOf: text.utf8)
        size += text.utf8.count
    }

    /// Writes what ``buffer(_:)`` holds. After a failed write, what did reach the file is dropped
    /// from the buffer, so that a retry writes only the rest (``size`` already counts it all).
    func flush() throws(BatchRunner.Failure) {
        guard !pending.isEmpty else { return }
        var written = 0
        defer { if written == pending.count { pending.removeAll(keepingCapacity: true) } else { pending.removeFirst(written) } }
        try writeAll(pending, from: &written)
    }

    /// Appends bytes, retrying short writes.
    func append(bytes: [UInt8]) throws(BatchRunner.Failure) {
        var written = 0
        try writeAll(bytes, from: &written)
        size += bytes.count
    }

    /// Writes `bytes` from `written` on, retrying short and interrupted writes; `written` says how
    /// far it got, also when it throws.
    private func writeAll(_ bytes: [UInt8], from written: inout Int) throws(BatchRunner.Failure) {
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { [done = written] in write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotCreate(path: path, reason: String(cString: strerror(errno)))
            }
            written += n
        }
    }
}
