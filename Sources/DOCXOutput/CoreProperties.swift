import DocumentTree
import ZIPArchive

/// `docProps/core.xml`: title, summary, author, language and dates, all from ``Metadata``.
/// Nothing comes from the clock: the created and modified stamps are the document date at midnight
/// UTC, and are left out when the date is not `YYYY-MM-DD`.
enum CoreProperties {
    static func entry(for metadata: Metadata) -> ZIPWriter.PreparedEntry {
        // Stored, not deflated: the part is under a kilobyte, and setting up a deflate stream for
        // it (zlib zeroes a 64 KiB hash table each time) cost more than writing its bytes.
        ZIPWriter.PreparedEntry(path: "docProps/core.xml", contents: xml(for: metadata), method: .store)
    }

    static func xml(for metadata: Metadata) -> [UInt8] {
        var out = XMLBuffer(capacity: 1024)
        out.raw(OOXML.declaration)
        out.raw("""
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
            for name in ["dcterms:created", "dcterms:modified"] {
                out.raw(built: "<\(name) xsi:type=\"dcterms:W3CDTF\">")
                out.raw(built: metadata.date)
                out.raw(built: "T00:00:00Z</\(name)>")
            }
        }
        out.raw("</cp:coreProperties>")
        return out.bytes
    }

    /// Writes `<name>value</name>`, or nothing for an empty value.
    private static func element(_ name: String, _ value: String, into out: inout XMLBuffer) {
        guard !value.isEmpty else { return }
        out.raw(built: "<\(name)>")
        out.text(value)
        out.raw(built: "</\(name)>")
    }

    /// Whether `text` is `YYYY-MM-DD` with a plausible month and day.
    static func isISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }) else { return false }
        let month = Int(bytes[5] - 48) * 10 + Int(bytes[6] - 48)
        let day = Int(bytes[8] - 48) * 10 + Int(bytes[9] - 48)
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
