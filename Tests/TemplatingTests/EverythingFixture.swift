import DocumentTree
import Foundation
import Templating

/// The "everything" template (Fixtures/everything.md and its partials) and a context that fills
/// it; other tests render it to every format.
enum EverythingFixture {
    /// The fixture folder, found from this file's path so tests run from any directory.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The template and its partials as sources, with paths relative to the fixture folder.
    static func sources() throws -> [TemplateSource] {
        try ["everything.md", "partials/sender.md", "partials/signature.en.md"].map { path in
            TemplateSource(path: path, text: try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8))
        }
    }

    /// The compiled fixture.
    static func template() throws -> CompiledTemplate {
        let library = try TemplateLibrary(sources: sources())
        guard let template = library.template(id: "everything", language: "en") else { throw CocoaError(.fileNoSuchFile) }
        return template
    }

    /// A context with every value the fixture prints, including hostile text.
    static let context: TemplateValue = [
        "today": .date(year: 2026, month: 11, day: 27),
        "debtor": [
            "name": "Ana O'Brien & <Sons>",
            "address": ["12 Elm St, Apt 3", "Springfield, IL 62701"],
            "aliases": ["Ana O.", "**A. O'B.**"],
        ],
        "collector": ["name": "Acme Recovery LLC", "address": ["PO Box 9", "Dallas, TX 75201"]],
        "debt": [
            "account_number": "4111-1111-1111-5678",
            "disputed": true,
            "paid": false,
            "balance": .money(cents: 1_245_50),
            "balance_cents": 124_550,
            "days_late": 45,
            "note": "",
        ],
        "letters": [["sent": .date(year: 2026, month: 9, day: 1)], ["sent": "2026-10-15"]],
        "creditors": [["name": "First Bank"], ["name": "{{debtor.name}}"]],
        "items": [
            ["label": "Principal", "count": 1, "amount": .money(cents: 1_200_00)],
            ["label": "Fees </w:t><w:t>", "count": 1_200, "amount": .money(cents: 45_50)],
        ],
    ]

    /// The rendered fixture.
    static func document() throws -> Document {
        var document = try template().render(context)
        document.metadata.author = "Ana O'Brien"
        document.metadata.date = "2026-11-27"
        return document
    }
}
