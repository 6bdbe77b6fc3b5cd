import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a file (or standard input), read in 256 KiB chunks so that memory stays flat.
///
/// A line longer than ``maxLineBytes`` is not kept: its bytes are skipped up to the next line feed
/// and it comes back as a problem, so that a file with no line feeds cannot fill the memory. A line
/// that is not UTF-8 comes back as a problem too, as a folder's case file would.
final class FileLines: LineSource {
    /// The default longest line: far beyond any real case, well within memory.
    static let defaultMaxLineBytes = 16 << 20

    private let fd: Int32
    private let path: String
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    /// Where the current line starts in `buffer`.
    private var start = 0
    /// How far `buffer` is known to hold no line feed, so that a long line is scanned once.
    private var scanned = 0
    /// Whether the current line went past the limit and its bytes are being skipped.
    private var skipping = false
    private var atEnd = false
    private var number = 0
    /// `"` bytes seen in the line being skipped.
    private var skippedQuotes = 0
    /// A regular file's size when opened and the bytes read since: a file that ends early (it
    /// shrank while read) is an error, not a shorter input.
    private var expectedSize: Int?
    private var bytesRead = 0

    /// Opens `path`; `-` means standard input.
    init(path: String, maxLineBytes: Int = FileLines.defaultMaxLineBytes) throws(BatchInputError) {
        self.path = path
        self.maxLineBytes = maxLineBytes
        if path == "-" {
            fd = dup(STDIN_FILENO)
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
        }
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { expectedSize = Int(info.st_size) }
    }

    deinit { close(fd) }

    func nextLine() throws(BatchInputError) -> (Int, Line)? {
        while true {
            if let newline = lineFeed(from: max(start, scanned)) {
                return take(upTo: newline, next: newline + 1)
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count || skipping else { return nil }
                return take(upTo: buffer.count, next: buffer.count)
            }
            if buffer.count - start > maxLineBytes {
                skipping = true
                skippedQuotes += Self.quotes(in: buffer[start...])
                start = buffer.count
                scanned = buffer.count
            }
            try fill()
        }
    }

    /// The index of the first line feed in `buffer` at or after `from` (memchr: a batch's lines are
    /// kilobytes long, and the reading thread is serial).
    private func lineFeed(from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            memchr(bytes.baseAddress! + from, 0x0A, bytes.count - from).map { bytes.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
        }
    }

    /// The line `start..<end`, then moves past it to `next`.
    private func take(upTo end: Int, next: Int) -> (Int, Line) {
        number += 1
        let line: Line
        if skipping || end - start > maxLineBytes {
            line = .problem("the line is longer than \(maxLineBytes) bytes", quotes: skippedQuotes + Self.quotes(in: buffer[start..<end]))
        } else if let text = String(validating: buffer[start..<end], as: UTF8.self) {
            line = .text(text)
        } else {
            line = .problem(Self.utf8Problem(in: buffer[start..<end]), quotes: Self.quotes(in: buffer[start..<end]))
        }
        skipping = false
        skippedQuotes = 0
        start = next
        scanned = next
        return (number, line)
    }

    /// Drops consumed bytes and reads the next chunk.
    private func fill() throws(BatchInputError) {
        buffer.removeSubrange(0..<start)
        scanned -= start
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
        bytesRead += n
        if n == 0 {
            if let expectedSize, bytesRead < expectedSize {
                throw .unreadable(path: path, reason: "the file ended after \(bytesRead) of its \(expectedSize) bytes (did it change while being read?)")
            }
            atEnd = true
        }
    }

    /// How many `"` bytes `bytes` holds.
    static func quotes(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $1 == UInt8(ascii: "\"") ? $0 + 1 : $0 }
    }

    /// Where the first byte that is not UTF-8 is, for the message.
    static func utf8Problem(in bytes: ArraySlice<UInt8>) -> String {
        var valid = bytes.startIndex
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): valid += UTF8.width(scalar)
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        return "not UTF-8 text (byte \(valid - bytes.startIndex + 1) of the line)"
    }
}

extension JSONLinesRecordReader {
    /// Streams the JSON Lines file at `path`; `-` reads standard input. A line longer than
    /// `maxLineBytes` is a bad record (the batch goes on).
    public init(path: String, maxLineBytes: Int = 16 << 20) throws(BatchInputError) {
        self.init(lines: try FileLines(path: path, maxLineBytes: maxLineBytes))
    }
}
