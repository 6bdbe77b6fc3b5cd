import CaseModel
import DocumentTree

/// A case's packet: every document that applies to it, in packet order, and one document that
/// combines them. Pure: the documents come in rendered, the case and date as values.
public struct Packet: Sendable, Hashable {
    /// One document of the packet and the files it was written to.
    public struct Entry: Sendable, Hashable {
        /// The template id, such as `cease-contact`.
        public var documentID: String
        /// The document title.
        public var title: String
        /// The one-line description from the template.
        public var description: String
        /// Whether the case called for it (false when it was only asked for by id).
        public var applies: Bool
        /// The file names, relative to the packet folder, in format order.
        public var fileNames: [String]

        /// Creates an entry.
        public init(documentID: String, title: String, description: String, applies: Bool, fileNames: [String]) {
            self.documentID = documentID
            self.title = title
            self.description = description
            self.applies = applies
            self.fileNames = fileNames
        }
    }

    /// The packet's title, such as "Documents for Patrick J. Donnelly".
    public var title: String
    /// The language code of the packet (`en`, `es`).
    public var language: String
    /// The case id.
    public var caseID: String
    /// The date the documents are written as of.
    public var date: CalendarDate
    /// The documents, in packet order.
    public var entries: [Entry]
    /// The combined document's file names (`packet.docx`, …), relative to the packet folder.
    public var combinedFileNames: [String]

    /// Creates a packet description.
    public init(
        title: String, language: String, caseID: String, date: CalendarDate,
        entries: [Entry], combinedFileNames: [String]
    ) {
        self.title = title
        self.language = language
        self.caseID = caseID
        self.date = date
        self.entries = entries
        self.combinedFileNames = combinedFileNames
    }

    /// The base name of the combined document's files.
    public static let combinedName = "packet"
    /// The name of the page that links every file.
    public static let indexName = "index.html"

    /// The packet title for a debtor in a language.
    public static func title(for debtorName: String, language: String) -> String {
        (Words(language: language).documentsFor) + " " + debtorName
    }

    /// One document made of `documents` in order, with a page break between two documents and none
    /// before the first or after the last; a document's own leading or trailing page breaks are
    /// dropped, so that no blank page appears between or after them. Empty documents are skipped.
    public static func combine(_ documents: [Document], metadata: Metadata) -> Document {
        var blocks: [Block] = []
        for document in documents {
            var body = document.blocks[...]
            while body.first == .pageBreak { body.removeFirst() }
            while body.last == .pageBreak { body.removeLast() }
            guard !body.isEmpty else { continue }
            if !blocks.isEmpty { blocks.append(.pageBreak) }
            blocks += body
        }
        return Document(metadata: metadata, blocks: blocks)
    }

    /// The combined document's metadata: the packet title, the debtor as author, the date, and the
    /// document titles as the summary.
    public static func metadata(
        title: String, language: String, author: String, date: CalendarDate,
        documentTitles: [String]
    ) -> Metadata {
        Metadata(
            title: title, language: language.contains("-") ? language : language + "-US",
            identifier: combinedName, summary: documentTitles.joined(separator: "; "),
            author: author, date: date.description)
    }
}
