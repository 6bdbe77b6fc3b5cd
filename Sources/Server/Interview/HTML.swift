import HTMLOutput

/// Text made safe for HTML: data is never markup.
enum HTML {
    /// Escapes `& < > " '` for text and attribute values, with the escaper every document page uses.
    static func escape(_ text: String) -> String { text.htmlEscaped }

    /// The element id of the form control for a case path: `debtor.address.zip` → `f-debtor-address-zip`.
    static func id(forPath path: String) -> String {
        "f-" + String(path.map { $0 == "." || $0 == "[" ? "-" : $0 }.filter { $0 != "]" })
    }
}
