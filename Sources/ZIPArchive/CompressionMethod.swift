/// How a ZIP entry's bytes are stored.
public enum CompressionMethod: UInt16, Sendable, Hashable {
    /// Stored as is (method 0).
    case store = 0
    /// Raw deflate (method 8).
    case deflate = 8
}
