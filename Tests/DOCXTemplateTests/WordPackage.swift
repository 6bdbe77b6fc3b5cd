import Foundation
import LibXML
import Templating
import ZIPArchive
@testable import DOCXTemplate

/// Fixture loading and helpers to read a filled .docx back as XML.
enum WordPackage {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The bytes of `Fixtures/<name>`.
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
        return Array(try Data(contentsOf: url))
    }

    /// A part of a .docx, parsed.
    static func part(_ path: String, of docx: [UInt8]) throws -> XMLElement {
        try XMLDocument(parsing: ZIPReader(docx).contents(atPath: path)).root
    }

    /// Every paragraph of a part as text: `w:t` text, `w:br` as a line end, `w:tab` as a tab.
    static func paragraphs(_ root: XMLElement) -> [String] {
        root.descendants(named: "p", namespace: w).map(text)
    }

    /// One paragraph's text.
    static func text(_ paragraph: XMLElement) -> String {
        paragraph.descendants { $0.namespaceURI == w && ["t", "br", "tab"].contains($0.name) }.map { element in
            switch element.name {
            case "br": return "\n"
            case "tab": return "\t"
            default: return element.textContent
            }
        }.joined()
    }

    /// The rows of every table in a part, each as its cells' texts.
    static func rows(_ root: XMLElement) -> [[String]] {
        root.descendants(named: "tr", namespace: w).map { row in
            row.children(named: "tc", namespace: w).map { cell in cell.children(named: "p", namespace: w).map(text).joined(separator: "\n") }
        }
    }

    /// A minimal package: a body (paragraph XML), and optionally a header.
    static func docx(body: String, header: String? = nil) -> [UInt8] {
        let ns = "xmlns:w=\"\(w)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        var writer = ZIPWriter()
        writer.add(
            path: "[Content_Types].xml",
            contents: Array(
                """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                </Types>
                """.utf8))
        writer.add(
            path: "_rels/.rels",
            contents: Array(
                """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
                </Relationships>
                """.utf8))
        writer.add(
            path: "word/document.xml", contents: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(ns)><w:body>\(body)</w:body></w:document>".utf8)
        )
        if let header {
            writer.add(path: "word/header1.xml", contents: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr \(ns)>\(header)</w:hdr>".utf8))
        }
        return writer.finish()
    }

    /// `<w:p><w:r><w:t>text</w:t></w:r></w:p>` for each text.
    static func paragraphsXML(_ texts: String...) -> String {
        texts.map { "<w:p><w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r></w:p>" }.joined()
    }

    /// The failure `body` throws, or nil.
    static func failure(_ body: () throws -> Void) -> DOCXTemplateFiller.Failure? {
        do {
            try body()
            return nil
        } catch {
            return error as? DOCXTemplateFiller.Failure
        }
    }

    /// The tag problems of a failure.
    static func tagProblems(_ failure: DOCXTemplateFiller.Failure?) -> [DOCXTemplateFiller.TagProblem] {
        (failure?.problems ?? []).compactMap { if case .tag(let problem) = $0 { return problem } else { return nil } }
    }
}

/// The data the fixtures are filled with.
enum SampleContext {
    static let value: TemplateValue = [
        "debtor": [
            "name": "Zoë O'Brien & <Sons>",
            "fax": "",
            "address": ["lines": ["1 Main St", "Austin, TX 78701"]],
        ],
        "debt": [
            "disputed": true,
            "account_number": "LSAF-7730-55812094",
            "dispute_reasons": ["a", "b"],
            "balance_claimed": .money(cents: 921_467),
        ],
        "injection": "</w:t><w:t>{{x}} & <b>",
        "debts": [
            ["creditor": "Acme", "reasons": ["r1", "r2"]],
            ["creditor": "Beta", "reasons": ["r3"]],
        ],
        "collector": ["name": "Keystone"],
        "office": ["name": "Legal Aid of Somewhere"],
        "sale": [
            "costs": [["label": "Repossession fee", "amount": .money(cents: 47_500)], ["label": "Storage", "amount": .money(cents: 31_500)]],
            "price": .money(cents: 610_000),
            "total": .money(cents: 689_000),
        ],
        "today": .date(year: 2026, month: 11, day: 27),
    ]
}
