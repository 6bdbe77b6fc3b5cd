import CZlib

/// Raw deflate streams (RFC 1951, no zlib or gzip wrapper), as ZIP entries hold them.
public enum Deflate {
    /// Why inflating a stream failed.
    public enum Error: Swift.Error, Hashable, CustomStringConvertible {
        /// The stream would inflate to more than `limit` bytes; inflation stopped there.
        case outputLimitExceeded(limit: Int)
        /// The stream is not valid deflate data; `message` is zlib's reason.
        case corrupt(message: String)
        /// The stream ended before its final block.
        case truncated

        /// A sentence for a person.
        public var description: String {
            switch self {
            case .outputLimitExceeded(let limit): return "deflate stream inflates to more than \(limit) bytes"
            case .corrupt(let message): return "corrupt deflate stream: \(message)"
            case .truncated: return "deflate stream is truncated"
            }
        }
    }

    /// The level every entry is deflated at: as fast as zlib's fastest on our letters, and smaller
    /// (docs/performance.md has the measurement).
    public static let defaultLevel = 3

    /// Compresses `bytes` as one raw deflate stream. The output depends only on the input, the
    /// level and the zlib version, which is what makes our ZIP files reproducible.
    ///
    /// At the default level the stream is kept per thread and reset between calls (``DeflateStream``):
    /// zlib's state is larger than a letter, and a reset stream gives the same bytes as a new one.
    public static func compress(_ bytes: [UInt8], level: Int = defaultLevel) -> [UInt8] {
        if level == defaultLevel { return DeflateStream.forThisThread().compress(bytes) }
        let stream = DeflateStream(level: level)
        defer { stream.close() }
        return stream.compress(bytes)
    }

    /// Compresses `bytes` with a stream set up for this call alone (the tests compare the two).
    static func compressWithNewStream(_ bytes: [UInt8], level: Int = defaultLevel) -> [UInt8] {
        let stream = DeflateStream(level: level)
        defer { stream.close() }
        return stream.compress(bytes)
    }

    /// Inflates a raw deflate stream, refusing to produce more than `maxOutputSize` bytes.
    public static func decompress(_ bytes: [UInt8], maxOutputSize: Int) throws(Error) -> [UInt8] {
        var stream = z_stream()
        let status = inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "inflateInit2 failed (\(status)); only out of memory can cause this")
        defer { inflateEnd(&stream) }
        // One byte past the limit tells "exactly the limit" from "more than the limit".
        let hardCap = maxOutputSize + 1
        var output = [UInt8](repeating: 0, count: min(hardCap, max(1024, bytes.count * 4)))
        var produced = 0
        var finished = false
        var failure: Error?
        bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            while failure == nil, !finished {
                if produced == output.count {
                    guard output.count < hardCap else { failure = .outputLimitExceeded(limit: maxOutputSize); break }
                    output.append(contentsOf: repeatElement(0, count: min(hardCap, output.count * 2) - output.count))
                }
                let result: Int32 = output.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress! + produced
                    stream.avail_out = uInt(out.count - produced)
                    let r = inflate(&stream, Z_NO_FLUSH)
                    produced = out.count - Int(stream.avail_out)
                    return r
                }
                switch result {
                case Z_STREAM_END: finished = true
                case Z_OK: continue
                case Z_BUF_ERROR:
                    // No progress possible: either the output is full (grow) or the input ran out.
                    if produced < output.count { failure = .truncated }
                case Z_DATA_ERROR, Z_NEED_DICT:
                    failure = .corrupt(message: stream.msg.map { String(cString: $0) } ?? "invalid data")
                default:
                    failure = .corrupt(message: "zlib status \(result)")
                }
            }
        }
        if let failure { throw failure }
        if produced > maxOutputSize { throw .outputLimitExceeded(limit: maxOutputSize) }
        output.removeSubrange(produced...)
        return output
    }
}
