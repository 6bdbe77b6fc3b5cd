/// Bounds on one XML part of a Word template, checked on its bytes before any tree is built:
/// the tree takes many times the part's size, so a small, highly compressed file could otherwise
/// take gigabytes (docs/limits.md).
enum PartLimits {
    /// Uncompressed bytes of one part.
    static let maxBytes = 16 << 20
    /// Tags (`<` characters) in one part: elements, comments, declarations.
    static let maxMarkup = 300_000
    /// Attributes on one element (libxml2 compares each new attribute with those before it).
    static let maxAttributes = 512

    /// Why `bytes` is refused, or nil. One pass, no allocation.
    static func problem(in bytes: [UInt8]) -> String? {
        if bytes.count > maxBytes { return "the part is \(bytes.count) bytes; the limit is \(maxBytes)" }
        var markup = 0, attributes = 0
        var inTag = false
        var quote: UInt8 = 0
        for byte in bytes {
            if quote != 0 {
                if byte == quote { quote = 0 }
                continue
            }
            switch byte {
            case UInt8(ascii: "<"):
                markup += 1
                if markup > maxMarkup { return "the part has more than \(maxMarkup) tags" }
                inTag = true
                attributes = 0
            case UInt8(ascii: ">"):
                inTag = false
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if inTag { quote = byte }
            case UInt8(ascii: "="):
                guard inTag else { continue }
                attributes += 1
                if attributes > maxAttributes { return "an element has more than \(maxAttributes) attributes" }
            default:
                continue
            }
        }
        return nil
    }
}
