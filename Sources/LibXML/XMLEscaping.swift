/// The one XML escaper in Redress: the serializer here and the test helpers' canonical XML both
/// write through it, straight into a UTF-8 buffer.
public enum XMLEscaping {
    /// Appends `text` to `out` as UTF-8 XML content: `& < >` and a CR always become references,
    /// and in an attribute value (`attribute`) so do `"`, LF and tab, which attribute-value
    /// normalisation would otherwise turn into spaces. With `removingForbidden`, characters that
    /// XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF) are dropped.
    ///
    /// Escaping is by Unicode scalar: a markup character followed by a combining mark (one
    /// grapheme cluster) is still escaped.
    public static func append(_ text: String, attribute: Bool, removingForbidden: Bool = false, to out: inout [UInt8]) {
        // Every character escaped is ASCII, and in UTF-8 an ASCII byte is always a whole scalar,
        // so bytes can be scanned directly; only U+FFFE and U+FFFF are longer (EF BF BE/BF).
        var utf8 = text.utf8.makeIterator()
        var pendingEF = 0
        var held: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            if removingForbidden, pendingEF > 0 || byte == 0xEF {
                switch (pendingEF, byte) {
                case (0, _): held.0 = byte; pendingEF = 1; continue
                case (1, 0xBF): held.1 = byte; pendingEF = 2; continue
                case (2, 0xBE), (2, 0xBF): pendingEF = 0; continue
                case (1, _): out.append(held.0)
                default: out.append(held.0); out.append(held.1)
                }
                pendingEF = 0
            }
            switch byte {
            case 0x26: out.append(contentsOf: amp)
            case 0x3C: out.append(contentsOf: lt)
            case 0x3E: out.append(contentsOf: gt)
            case 0x0D: out.append(contentsOf: carriageReturn)
            case 0x22 where attribute: out.append(contentsOf: quot)
            case 0x0A where attribute: out.append(contentsOf: lineFeed)
            case 0x09 where attribute: out.append(contentsOf: tab)
            case 0x09, 0x0A: out.append(byte)
            case ..<0x20 where removingForbidden: break
            default: out.append(byte)
            }
        }
        if pendingEF >= 1 { out.append(held.0) }
        if pendingEF == 2 { out.append(held.1) }
    }

    /// `text` escaped as by ``append(_:attribute:removingForbidden:to:)``.
    public static func escaped(_ text: String, attribute: Bool, removingForbidden: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text, attribute: attribute, removingForbidden: removingForbidden, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let carriageReturn = Array("&#13;".utf8)
    private static let lineFeed = Array("&#10;".utf8)
    private static let tab = Array("&#9;".utf8)
}
