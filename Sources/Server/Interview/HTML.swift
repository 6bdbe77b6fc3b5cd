/// Text made safe for HTML: data is never markup.
enum HTML {
    /// Escapes `& < > " '` for text and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Controls other than tab and newline are not allowed in HTML text.
                if c.value < 0x20 && c != "\t" && c != "\n" || (0x7F..<0xA0).contains(c.value) { out += "\u{FFFD}" } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    /// The element id of the form control for a case path: `debtor.address.zip` → `f-debtor-address-zip`.
    static func id(forPath path: String) -> String {
        "f-" + String(path.map { $0 == "." || $0 == "[" ? "-" : $0 }.filter { $0 != "]" })
    }
}
