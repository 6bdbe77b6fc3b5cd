#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CZlib

/// One zlib deflate stream (raw, 32 KiB window, memLevel 8), reset before each use.
///
/// ``forThisThread()`` keeps one stream per thread at the default level, so no lock is taken and no
/// two threads share one; it is ended when its thread exits. `deflateReset` restores the state a
/// new stream has, so the bytes are the same as with a stream made for the call.
final class DeflateStream {
    private let stream: UnsafeMutablePointer<z_stream>

    /// A new stream at `level`.
    init(level: Int) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // windowBits -15: raw deflate with a 32 KiB window; memLevel 8 is zlib's default.
        let status = deflateInit2_(
            stream, Int32(level), Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "deflateInit2 failed (\(status)); only out of memory can cause this")
    }

    /// Frees zlib's state; the stream cannot be used afterwards.
    func close() {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// `bytes` as one complete raw deflate stream.
    func compress(_ bytes: [UInt8]) -> [UInt8] {
        precondition(deflateReset(stream) == Z_OK, "deflateReset failed; the stream was not initialised")
        let bound = Int(deflateBound(stream, uLong(bytes.count)))
        return [UInt8](unsafeUninitializedCapacity: bound) { out, written in
            bytes.withUnsafeBufferPointer { input in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.pointee.avail_in = uInt(input.count)
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = uInt(out.count)
                // deflateBound guarantees one Z_FINISH call suffices.
                let result = deflate(stream, Z_FINISH)
                precondition(result == Z_STREAM_END, "deflate did not finish (\(result))")
                written = Int(stream.pointee.total_out)
                stream.pointee.next_in = nil
                stream.pointee.next_out = nil
            }
        }
    }

    /// This thread's stream at the default level, made on first use.
    static func forThisThread() -> DeflateStream {
        if let existing = pthread_getspecific(key) {
            return Unmanaged<DeflateStream>.fromOpaque(existing).takeUnretainedValue()
        }
        let made = DeflateStream(level: Deflate.defaultLevel)
        pthread_setspecific(key, Unmanaged.passRetained(made).toOpaque())
        return made
    }

    /// The thread-specific slot; its destructor ends the thread's stream when the thread exits.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        // The destructor's argument is optional in Glibc's declaration and not in Darwin's.
        #if canImport(Darwin)
        let status = pthread_key_create(&key) { pointer in
            Unmanaged<DeflateStream>.fromOpaque(pointer).takeRetainedValue().close()
        }
        #else
        let status = pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<DeflateStream>.fromOpaque(pointer).takeRetainedValue().close()
        }
        #endif
        precondition(status == 0, "pthread_key_create failed (\(status))")
        return key
    }()
}
