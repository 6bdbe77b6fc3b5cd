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
        var out = ""
        out.reserveCapacity(HTMLStyleSheet.css.utf8.count + 1024 + 160 * document.blocks.count)
        writeHead(document.metadata, into: &out)
        out += "<body>\n<main>\n"
        for block in document.blocks {
            write(block, into: &out)
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private func writeHead(_ metadata: Metadata, into out: inout String) {
        out += "<!DOCTYPE html>\n<html lang=\""
        out.appendEscaped(Self.languageTag(metadata.language))
        out += "\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        out.appendEscaped(Self.title(of: metadata))
        out += "</title>\n"
        writeMeta(name: "description", content: metadata.summary, into: &out)
        writeMeta(name: "author", content: metadata.author, into: &out)
        out += "<style>\n"
        out += HTMLStyleSheet.css
        out += "\n</style>\n</head>\n"
    }

    private func writeMeta(name: String, content: String, into out: inout String) {
        guard !Self.isBlank(content) else { return }
        out += "<meta name=\""
        out += name
        out += "\" content=\""
        out.appendEscaped(content)
        out += "\">\n"
    }

    /// The title, falling back to the identifier and then "Document": HTML requires a non-empty one.
    static func title(of metadata: Metadata) -> String {
        for candidate in [metadata.title, metadata.identifier] where !isBlank(candidate) {
            return candidate
        }
        return "Document"
    }

    /// `tag` as a well-formed BCP 47 tag with a two- or three-letter language (underscores read as
    /// hyphens), or `und` (undetermined) when it is not one: a malformed `lang` is a validation
    /// error, and guessing English would be wrong.
    static func languageTag(_ tag: String) -> String {
        let normalized = tag.replacingUnderscores
        let subtags = normalized.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, (2...3).contains(primary.count),
            primary.allSatisfy({ $0.isASCII && $0.isLetter }),
            subtags.allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return "und" }
        return normalized
    }

    /// Whether `value` has nothing a reader could see once forbidden characters are gone.
    static func isBlank(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { $0.properties.isWhitespace || !$0.isHTMLAllowed }
    }
}

extension String {
    fileprivate var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
