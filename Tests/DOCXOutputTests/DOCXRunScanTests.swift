import DocumentTree
import DOCXOutput
import Testing
import TestSupport

/// The run writer scans text sixteen bytes at a time where it can: every special, control,
/// doubled space, tab and line end must be found wherever it falls relative to those blocks.
@Suite struct DOCXRunScanTests {
    static let needles = ["  ", " ", "&", "<", ">", "\"", "'", "\t", "\n", "\r\n", "\r", "\u{7}", "\u{FFFE}", "\u{FEFF}", "é", "  \t  "]

    /// The run as the writer wrote it before the vector scan, character by character.
    static func expectedRun(_ text: String) -> String {
        let clean = text.removingXMLForbiddenCharacters
        guard !clean.isEmpty else { return "" }
        var out = "<w:r>"
        var segment = ""
        func flush() {
            guard !segment.isEmpty else { return }
            let preserve = segment.hasPrefix(" ") || segment.hasSuffix(" ") || segment.contains("  ")
            out += preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>"
            for scalar in segment.unicodeScalars {
                switch scalar {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&apos;"
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "</w:t>"
            segment = ""
        }
        var previous: Unicode.Scalar = "x"
        for scalar in clean.unicodeScalars {
            switch scalar {
            case "\t": flush(); out += "<w:tab/>"
            case "\n": flush(); if previous != "\r" { out += "<w:br/>" }
            case "\r": flush(); out += "<w:br/>"
            default: segment.unicodeScalars.append(scalar)
            }
            previous = scalar
        }
        flush()
        return out + "</w:r>"
    }

    @Test(arguments: needles)
    func everyOffsetIsScanned(needle: String) throws {
        for offset in 0..<40 {
            let text = String(repeating: "a", count: offset) + needle + String(repeating: "b", count: 40 - offset)
            let document = Document(metadata: Metadata(title: "t"), blocks: [.paragraph(style: .body, content: [.text(text)])])
            let xml = try #require(try DOCXParts(DOCXWriter().write(document))["word/document.xml"])
            #expect(xml.contains("</w:pPr>" + Self.expectedRun(text) + "</w:p>"), "offset \(offset)")
        }
    }

    @Test func spacesAcrossBlockBoundaries() throws {
        for offset in 0..<40 {
            let text = String(repeating: "a", count: offset) + " a  " + String(repeating: "b ", count: 20)
            let document = Document(metadata: Metadata(title: "t"), blocks: [.paragraph(style: .body, content: [.text(text)])])
            let xml = try #require(try DOCXParts(DOCXWriter().write(document))["word/document.xml"])
            #expect(xml.contains("</w:pPr>" + Self.expectedRun(text) + "</w:p>"), "offset \(offset)")
        }
    }
}
