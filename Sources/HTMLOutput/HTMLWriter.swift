import DocumentTree

/// Writes a ``Document`` as one standalone HTML5 file with an embedded screen and print style
/// sheet (US Letter, one-inch margins).
///
/// Every value from the document — text, title, language, description, author — is escaped, and
/// characters that XML forbids or HTML reports as errors are removed, so a value can never become
/// markup. Headings are `h1`–`h3`, letter parts are paragraphs with a class (`address`, `date`,
/// `subject`, `signature`, `notice`; body paragraphs have none), tables have `th scope="col"`
/// header cells, and a page break is `<div class="page-break"></div>`. Newlines in values are
/// shown as line breaks by the style sheet (`white-space: pre-line`), so the text stays literal.
/// The same document always gives the same bytes.
public struct HTMLWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The document as a complete HTML5 file.
    public func write(_ document: Document) -> String {
        String(decoding: utf8(document), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``write(_:)``'s file, for a caller that stores bytes: it skips making
    /// (and validating) a String only to take its bytes back out.
    public func utf8(_ document: Document) -> [UInt8] {
        // Built as UTF-8 bytes: appending to a String checks its capacity, uniqueness and
        // ASCII-ness on every piece.
        var out: [UInt8] = []
        out.reserveCapacity(HTMLStyleSheet.css.utf8.count + 1024 + 160 * document.blocks.count)
        writeHead(document.metadata, into: &out)
        out.append(markup: "<body>\n<main>\n")
        for block in document.blocks {
            write(block, into: &out)
        }
        out.append(markup: "</main>\n</body>\n</html>\n")
        return out
    }

    private func writeHead(_ metadata: Metadata, into out: inout [UInt8]) {
        out.append(markup: "<!DOCTYPE html>\n<html lang=\"")
        HTMLEscaping.append(Self.languageTag(metadata.language), to: &out)
        out.append(markup: "\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.append(markup: "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        HTMLEscaping.append(Self.title(of: metadata), to: &out)
        out.append(markup: "</title>\n")
        writeMeta(name: "description", content: metadata.summary, into: &out)
        writeMeta(name: "author", content: metadata.author, into: &out)
        out.append(markup: "<style>\n")
        out.append(contentsOf: HTMLStyleSheet.css.utf8)
        out.append(markup: "\n</style>\n")
        PagePrintStyle.append(metadata.page, to: &out)
        out.append(markup: "</head>\n")
    }

    private func writeMeta(name: StaticString, content: String, into out: inout [UInt8]) {
        guard !Self.isBlank(content) else { return }
        out.append(markup: "<meta name=\"")
        out.append(markup: name)
        out.append(markup: "\" content=\"")
        HTMLEscaping.append(content, to: &out)
        out.append(markup: "\">\n")
    }

    /// The title, falling back to the identifier and then "Document": HTML requires a non-empty one.
    static func title(of metadata: Metadata) -> String {
        if !isBlank(metadata.title) { return metadata.title }
        if !isBlank(metadata.identifier) { return metadata.identifier }
        return "Document"
    }

    /// `tag` as a well-formed BCP 47 tag with a two- or three-letter language (underscores read as
    /// hyphens), or `und` (undetermined) when it is not one: a malformed `lang` is a validation
    /// error, and guessing English would be wrong.
    static func languageTag(_ tag: String) -> String {
        // Checked on the UTF-8 bytes: a tag is ASCII, and any other byte makes it `und` anyway
        // (a non-ASCII character can be neither a letter nor a digit of a subtag, nor a separator).
        var subtag = 0, length = 0
        func subtagIsValid() -> Bool { subtag == 0 ? (2...3).contains(length) : (1...8).contains(length) }
        for byte in tag.utf8 {
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                guard subtagIsValid() else { return "und" }
                subtag += 1
                length = 0
                continue
            }
            let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            guard isLetter || (subtag > 0 && (0x30...0x39).contains(byte)) else { return "und" }
            length += 1
        }
        guard subtagIsValid() else { return "und" }
        return tag.utf8.contains(UInt8(ascii: "_")) ? tag.replacingUnderscores : tag
    }

    /// Whether `value` has nothing a reader could see once forbidden characters are gone.
    static func isBlank(_ value: String) -> Bool {
        // Any printable ASCII other than a space settles it without looking at scalar properties.
        if value.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return false }
        return value.unicodeScalars.allSatisfy { $0.properties.isWhitespace || !$0.isHTMLAllowed }
    }
}

extension String {
    fileprivate var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}

extension Array where Element == UInt8 {
    /// Appends trusted markup.
    @inline(__always) mutating func append(markup: StaticString) {
        markup.withUTF8Buffer { append(contentsOf: $0) }
    }
}
