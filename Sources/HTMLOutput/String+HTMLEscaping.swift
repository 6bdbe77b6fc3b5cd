import DocumentTree

extension String {
    /// The string as HTML text or attribute content, escaped by ``appendEscaped(_:)``: every
    /// page Redress writes (documents and the packet index) goes through this one escaper.
    public var htmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        out.appendEscaped(self)
        return out
    }

    /// Appends `value` to the string as HTML text or attribute content: `& < > " '` become
    /// character references and characters that XML forbids or that HTML parsers report as errors
    /// (controls, DEL, C1 controls, noncharacters) are removed.
    ///
    /// The one escaper serves text and attributes alike, so no value can end an attribute or start
    /// an element whichever place it is written to. It works on Unicode scalars, not Characters: a
    /// grapheme cluster such as `<` + U+0338 still starts with a markup character.
    mutating func appendEscaped(_ value: String) {
        var bytes: [UInt8] = []
        var value = value
        let changed = value.withUTF8 { utf8 in
            guard utf8.contains(where: HTMLEscaping.mayNeedEscaping) else { return false }
            bytes.reserveCapacity(utf8.count + 16)
            HTMLEscaping.append(utf8, to: &bytes)
            return true
        }
        if changed { self += String(decoding: bytes, as: UTF8.self) } else { self += value }
    }
}

/// The HTML escaper on UTF-8 bytes, which both ``Swift/String/appendEscaped(_:)`` and the
/// writer's byte buffer use.
///
/// Every byte that may start something the escaper changes is found by a byte test, and the runs
/// between them are copied whole: no per-scalar or per-character work for ordinary text.
enum HTMLEscaping {
    /// Appends the escaped form of the valid UTF-8 in `utf8` to `out`.
    static func append(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            guard mayNeedEscaping(byte) else { index += 1; continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8); index += 1
            case 0x3C: out.append(contentsOf: "&lt;".utf8); index += 1
            case 0x3E: out.append(contentsOf: "&gt;".utf8); index += 1
            case 0x22: out.append(contentsOf: "&quot;".utf8); index += 1
            case 0x27: out.append(contentsOf: "&#39;".utf8); index += 1
            default:
                let (scalar, length) = decodeScalar(utf8, at: index)
                if scalar.isHTMLAllowed { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<index + length])) }
                index += length
            }
            runStart = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }

    /// Appends `value` escaped to `out`.
    static func append(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { append($0, to: &out) }
    }

    /// Whether a UTF-8 byte may start something the escaper changes: a markup character, a
    /// control, or the lead byte of a C1 control (`C2`) or a noncharacter (`EF`, `F0`–`F4`).
    @inline(__always)
    static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x7F, 0xC2, 0xEF, 0xF0...0xF4: return true
        case 0x09, 0x0A, 0x0D: return false
        default: return byte < 0x20
        }
    }

    /// The scalar whose (valid) UTF-8 encoding starts at `index`, and its length in bytes.
    private static func decodeScalar(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(utf8[index])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = length == 1 ? lead : lead & (0x7F >> UInt32(length))
        if length > 1 {
            for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

extension Unicode.Scalar {
    /// Whether the scalar may appear in the HTML output: allowed by XML 1.0 and not a DEL, a C1
    /// control or a noncharacter, which the HTML parser reports as errors.
    var isHTMLAllowed: Bool {
        guard isXMLAllowed else { return false }
        switch value {
        case 0x7F...0x9F, 0xFDD0...0xFDEF: return false
        default: return value & 0xFFFE != 0xFFFE
        }
    }
}
