import CZlib

/// The CRC-32 checksum (ISO 3309, as in ZIP and PNG), computed by zlib.
public enum CRC32 {
    /// The CRC-32 of `bytes`; pass a previous result as `initial` to continue a running checksum.
    public static func checksum(_ bytes: [UInt8], initial: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBufferPointer { checksum($0, initial: initial) }
    }

    /// The CRC-32 of the bytes in `buffer`, continuing from `initial`.
    public static func checksum(_ buffer: UnsafeBufferPointer<UInt8>, initial: UInt32 = 0) -> UInt32 {
        var crc = UInt(initial)
        var base = buffer.baseAddress
        var remaining = buffer.count
        // zlib takes a 32-bit length; feed larger buffers in slices.
        while remaining > 0, let pointer = base {
            let chunk = min(remaining, Int(UInt32.max >> 1))
            crc = crc32(crc, pointer, uInt(chunk))
            base = pointer + chunk
            remaining -= chunk
        }
        return UInt32(truncatingIfNeeded: crc)
    }
}
