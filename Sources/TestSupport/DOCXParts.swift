import LibXML
import Testing
import ZIPArchive

/// A .docx unpacked into its parts, for tests that compare DOCX output as XML, not ZIP bytes.
public struct DOCXParts: Sendable {
    /// The WordprocessingML namespace (`w:`).
    public static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The part names in archive order.
    public let names: [String]
    /// Each part's text (every part of our packages is UTF-8 XML).
    public let parts: [String: String]

    /// Unpacks `docx` with ``ZIPReader`` (so its limits and checks apply).
    public init(_ docx: [UInt8]) throws {
        let reader = try ZIPReader(docx)
        var parts: [String: String] = [:]
        for entry in reader.entries {
            parts[entry.path] = String(decoding: try reader.contents(of: entry), as: UTF8.self)
        }
        self.names = reader.entries.map(\.path)
        self.parts = parts
    }

    /// The text of part `name`, or nil.
    public subscript(name: String) -> String? { parts[name] }

    /// `word/document.xml`, parsed by libxml2.
    public func document() throws -> XMLDocument {
        try XMLDocument(parsing: parts["word/document.xml"] ?? "")
    }

    /// Every `w:t` text of `word/document.xml`, in document order.
    public func texts() throws -> [String] {
        try document().root.descendants(named: "t", namespace: Self.w).map(\.textContent)
    }

    /// The text of each `w:p` (its `w:t` joined; `w:br` as `\n`, `w:tab` as a tab), in order.
    public func paragraphTexts() throws -> [String] {
        try document().root.descendants(named: "p", namespace: Self.w).map { paragraph in
            var text = ""
            for run in paragraph.children(named: "r", namespace: Self.w) {
                for piece in run.childElements where piece.namespaceURI == Self.w {
                    switch piece.name {
                    case "t": text += piece.textContent
                    case "br": text += piece.attribute("type", namespace: Self.w) == "page" ? "\u{C}" : "\n"
                    case "tab": text += "\t"
                    default: break
                    }
                }
            }
            return text
        }
    }
}

/// Compares a .docx with golden files part by part: `Snapshots/<folder>/parts.txt` lists the part
/// names in order, and `Snapshots/<folder>/<part>` holds each part as ``CanonicalXML``.
public func assertDOCXSnapshot(
    _ docx: [UInt8], named folder: String,
    filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let parts = try DOCXParts(docx)
    assertSnapshot(
        parts.names.joined(separator: "\n") + "\n", named: folder + "/parts.txt",
        filePath: filePath, sourceLocation: sourceLocation)
    for name in parts.names {
        let text = try CanonicalXML.format(parts[name] ?? "")
        assertSnapshot(text, named: folder + "/" + name, filePath: filePath, sourceLocation: sourceLocation)
    }
}
