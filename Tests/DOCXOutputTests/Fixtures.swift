import DocumentTree
import Foundation

/// Documents the DOCX tests share.
enum Fixtures {
    /// Uses every block, every inline and every paragraph style at least once.
    static let everything = Document(
        metadata: Metadata(
            title: "Request to stop contacting me", language: "en-US", identifier: "everything",
            summary: "Every node type, for the golden files", author: "Jane Q. Debtor", date: "2026-11-27"),
        blocks: [
            .heading(level: 1, content: [.text("Request to stop contacting me")]),
            .paragraph(
                style: .address,
                content: [
                    .text("Jane Q. Debtor"), .lineBreak, .text("12 Elm Street, Apt. 3"), .lineBreak, .text("Springfield, IL 62701"),
                ]),
            .paragraph(style: .date, content: [.text("November 27, 2026")]),
            .paragraph(style: .address, content: [.text("Acme Collections LLC")]),
            .paragraph(style: .address, content: [.text("PO Box 100"), .lineBreak, .text("Chicago, IL 60601")]),
            .paragraph(style: .subject, content: [.text("Re: account ending in 1234")]),
            .paragraph(style: .body, content: [.text("Dear Acme Collections LLC:")]),
            .heading(level: 2, content: [.text("What I ask")]),
            .paragraph(
                style: .body,
                content: [
                    .text("Under 15 U.S.C. § 1692c(c), "), .strong([.text("stop all communication")]), .text(" with me. "),
                    .emphasis([.text("This is in writing.")]), .text(" "), .underline([.text("Keep a copy.")]), .text(" "),
                    .strong([.emphasis([.text("Bold and italic")]), .underline([.text(" bold underlined")])]),
                    .emphasis([.underline([.text("italic underlined")])]),
                    .lineBreak, .text("Second line\twith a tab,  two spaces and a trailing space "),
                ]),
            .list(
                kind: .bulleted,
                items: [
                    [.text("to tell me you are ending your efforts;")],
                    [.text("to tell me you may use "), .emphasis([.text("specified remedies")]), .text(";")],
                ]),
            .heading(level: 3, content: [.text("Numbered lists restart")]),
            .list(kind: .numbered, items: [[.text("First")], [.text("Second")]]),
            .paragraph(style: .body, content: [.text("Between the lists.")]),
            .list(kind: .numbered, items: [[.text("One again")], [.text("Two")], [.text("Three")]]),
            .table(
                Table(
                    header: [[.text("Item")], [.text("Amount")], [.text("Status")]],
                    rows: [
                        [[.text("Balance claimed")], [.text("$1,234.56")], [.text("disputed")]],
                        [[.strong([.text("Total")])], [.text("$1,234.56")]],
                    ],
                    alignments: [.left, .right, .center])),
            .table(Table(header: [[.text("A second table right after the first")]], rows: [])),
            .heading(level: 4, content: [.text("A fourth-level heading")]),
            .pageBreak,
            .paragraph(style: .signature, content: [.text("Sincerely,"), .lineBreak, .lineBreak, .text("Jane Q. Debtor")]),
            .paragraph(style: .notice, content: [.text("This letter is not legal advice.")]),
        ])

    /// The folder of the ECMA-376 schemas, kept in the repository (Schemas/NOTICE.md says whence).
    static let schemaFolder: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("Schemas")
}
