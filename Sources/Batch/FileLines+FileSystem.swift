import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a file (or standard input), read in 256 KiB chunks so that memory stays flat.
final class FileLines: LineSource {
    private let fd: Int32
    private let path: String
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var number = 0

    /// Opens `path`; `-` means standard input.
    init(path: String) throws(BatchInputError) {
        self.path = path
        if path == "-" {
            fd = dup(STDIN_FILENO)
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
        }
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    }

    deinit { close(fd) }

    func nextLine() throws(BatchInputError) -> (Int, String)? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[start..<newline], as: UTF8.self)
                start = newline + 1
                number += 1
                return (number, line)
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                number += 1
                return (number, line)
            }
            try fill()
        }
    }

    /// Drops consumed bytes and reads the next chunk.
    private func fill() throws(BatchInputError) {
        buffer.removeSubrange(0..<start)
        start = 0
        let chunk = 256 * 1024
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old, chunk) }
        } while n < 0 && errno == EINTR
        guard n >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        buffer.removeSubrange((old + n)...)
        if n == 0 { atEnd = true }
    }
}

extension JSONLinesRecordReader {
    /// Streams the JSON Lines file at `path`; `-` reads standard input.
    public init(path: String) throws(BatchInputError) {
        self.init(lines: try FileLines(path: path))
    }
}
