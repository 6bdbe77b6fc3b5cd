/// Text made safe to print on a terminal: user data (case ids, paths, messages quoting a file)
/// may hold escape sequences that retitle the window, clear the screen or hide text.
enum TerminalText {
    /// `text` with every control character except line feed and tab, DEL, the C1 controls and
    /// the bidirectional overrides written as a visible `\u{…}` escape.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHostile) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isHostile(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isHostile(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0..<0x20, 0x7F..<0xA0: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
