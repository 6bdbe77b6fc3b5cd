/// Writes deflate's bit stream with ``MarkupCode``: bits packed from the least significant, stored
/// 32 at a time into memory the caller sized.
struct DeflateBitWriter: DeflateTokenSink {
    /// The next byte to store.
    private(set) var next: UnsafeMutablePointer<UInt8>
    private var pending: UInt64 = 0
    private var pendingCount: UInt64 = 0
    private let literalCodes: UnsafePointer<UInt32>
    private let lengthCodes: UnsafePointer<UInt32>
    private let distanceCodes: UnsafePointer<UInt64>
    private let distanceSlot: UnsafePointer<UInt8>

    /// A writer storing from `start`, with the code's tables (which must outlive it).
    init(start: UnsafeMutablePointer<UInt8>, literalCodes: UnsafePointer<UInt32>, lengthCodes: UnsafePointer<UInt32>,
         distanceCodes: UnsafePointer<UInt64>, distanceSlot: UnsafePointer<UInt8>) {
        next = start
        self.literalCodes = literalCodes
        self.lengthCodes = lengthCodes
        self.distanceCodes = distanceCodes
        self.distanceSlot = distanceSlot
    }

    /// Appends the low `count` bits of `bits` (at most 32; `bits` has nothing above them).
    @inline(__always) mutating func put(_ bits: UInt64, count: UInt64) {
        pending |= bits << pendingCount
        pendingCount &+= count
        if pendingCount >= 32 {
            UnsafeMutableRawPointer(next).storeBytes(of: UInt32(truncatingIfNeeded: pending).littleEndian, as: UInt32.self)
            next += 4
            pending >>= 32
            pendingCount &-= 32
        }
    }

    /// A symbol stored as `bits | count << 24`.
    @inline(__always) private mutating func put(packed: UInt32) {
        put(UInt64(packed & 0xFF_FFFF), count: UInt64(packed >> 24))
    }

    @inline(__always) mutating func literal(_ byte: UInt8) {
        put(packed: literalCodes[Int(byte)])
    }

    @inline(__always) mutating func match(length: Int, distance: Int) {
        put(packed: lengthCodes[length])
        // DeflateSymbols.distanceCode(_:), through the table's pointer (no array access per match).
        let slot = distance <= 256 ? distance &- 1 : 256 &+ ((distance &- 1) >> 7)
        let code = distanceCodes[Int(distanceSlot[slot])]
        let codeLength = (code >> 16) & 0xFF, extraCount = (code >> 24) & 0xFF
        let extra = UInt64(distance) &- (code >> 32)
        put((code & 0xFFFF) | extra << codeLength, count: codeLength &+ extraCount)
    }

    /// The end-of-block symbol, then the last bits padded with zeros to a whole byte.
    mutating func finish() {
        put(packed: literalCodes[256])
        while pendingCount > 0 {
            next.pointee = UInt8(truncatingIfNeeded: pending)
            next += 1
            pending >>= 8
            pendingCount = pendingCount >= 8 ? pendingCount &- 8 : 0
        }
    }
}
