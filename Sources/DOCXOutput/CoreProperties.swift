import DocumentTree
import ZIPArchive

/// `docProps/core.xml`: title, summary, author, language and dates, all from ``Metadata``.
/// Nothing comes from the clock: the created and modified stamps are the document date at midnight
/// UTC, and are left out when the date is not `YYYY-MM-DD`.
enum CoreProperties {
    static func entry(for metadata: Metadata) -> ZIPWriter.PreparedEntry {
        ZIPWriter.PreparedEntry(path: "docProps/core.xml", contents: xml(for: metadata))
    }

    static func xml(for metadata: Metadata) -> [UInt8] {
        var out = XMLBuffer(capacity: 1024)
        out.raw(OOXML.declaration)
        out.raw(
            """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            """)
        element("dc:title", metadata.title, into: &out)
        element("dc:creator", metadata.author, into: &out)
        element("dc:description", metadata.summary, into: &out)
        element("dc:identifier", metadata.identifier, into: &out)
        element("dc:language", metadata.language, into: &out)
        if isISODate(metadata.date) {
            // Spelled out rather than built from the names: the part is written for every document.
            out.raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
            out.raw(built: metadata.date)
            out.raw("T00:00:00Z</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
            out.raw(built: metadata.date)
            out.raw("T00:00:00Z</dcterms:modified>")
        }
        out.raw("</cp:coreProperties>")
        return out.bytes
    }

    /// Writes `<name>value</name>`, or nothing for an empty value.
    private static func element(_ name: StaticString, _ value: String, into out: inout XMLBuffer) {
        guard !value.isEmpty else { return }
        out.raw("<")
        out.raw(name)
        out.raw(">")
        out.text(value)
        out.raw("</")
        out.raw(name)
        out.raw(">")
    }

    /// Whether `text` is `YYYY-MM-DD` with a plausible month and day.
    static func isISODate(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 10 else { return false }
        var month = 0, day = 0
        for (offset, byte) in utf8.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return false }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
            let digit = Int(byte - UInt8(ascii: "0"))
            if offset == 5 || offset == 6 { month = month * 10 + digit } else if offset > 7 { day = day * 10 + digit }
        }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
