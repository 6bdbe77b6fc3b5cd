import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader never sees a partial one: bytes go to a temporary file in the
/// same folder, which is then renamed over the destination (rename is atomic within a file system).
public enum AtomicFile {
    /// Why a write failed.
    public struct Failure: Error, CustomStringConvertible {
        /// The destination path.
        public var path: String
        /// The operating system's reason.
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Writes `bytes` to `path`, creating parent folders; the file appears whole or not at all.
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: path, reason: "cannot create folder \(folder): \(error.localizedDescription)")
        }
        let temp = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        var written = 0
        let ok: Bool = bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 { if errno == EINTR { continue }; return false }
                written += n
            }
            return true
        }
        let writeErrno = errno
        close(fd)
        guard ok else {
            unlink(temp)
            throw Failure(path: path, reason: String(cString: strerror(writeErrno)))
        }
        guard rename(temp, path) == 0 else {
            let e = errno
            unlink(temp)
            throw Failure(path: path, reason: String(cString: strerror(e)))
        }
    }
}
