import Foundation
import DOCXOutput
import DocumentTree
import HTMLOutput
import Templating
import TextOutput

/// Renders documents from a compiled template library: template + context → document tree → bytes.
///
/// Pure and `Sendable`: the library is compiled once and shared by every worker of a batch.
public struct DocumentGenerator: Sendable {
    /// The compiled templates.
    public let library: TemplateLibrary
    private let text = TextWriter()
    private let html = HTMLWriter()
    private let docx = DOCXWriter()

    /// Creates a generator over a compiled library.
    public init(library: TemplateLibrary) {
        self.library = library
        self.documentIDs = Set(library.templates.map(\.frontMatter.id)).sorted()
    }

    /// Every document id in the library, sorted; computed once, not per record.
    public let documentIDs: [String]

    /// What one document render needs besides the context.
    public struct Request: Sendable {
        /// The template id, such as `cease-contact`.
        public var documentID: String
        /// The language (`en`, `es`).
        public var language: String
        /// The formats to write.
        public var formats: [OutputFormat]
        /// Render missing values as visible placeholders instead of failing.
        public var draft: Bool
        /// The folder part of each file's relative path (usually the case id).
        public var folder: String
        /// Who the document is from, for its metadata.
        public var author: String
        /// The document date (`YYYY-MM-DD`), for its metadata.
        public var date: String
        /// The files' base name; nil means the document id (a reading copy is `<id>.<lang>`).
        public var fileBase: String?

        /// Creates a request.
        public init(
            documentID: String, language: String, formats: [OutputFormat], draft: Bool = false,
            folder: String, author: String, date: String
        ) {
            self.documentID = documentID
            self.language = language
            self.formats = formats
            self.draft = draft
            self.folder = folder
            self.author = author
            self.date = date
        }
    }

    /// Why a document could not be generated.
    public enum Failure: Error, CustomStringConvertible {
        /// No template has this id in this language.
        case unknownDocument(id: String, language: String, available: [String])
        /// Fields the template requires are missing from the case.
        case missingRequiredFields(documentID: String, paths: [String])
        /// Rendering found missing values or other problems.
        case render(documentID: String, RenderFailure)
        /// The document was named but its `applies_when` does not hold for the case (and the job
        /// was not forced): a batch must not mail a document the case does not call for.
        case doesNotApply(documentID: String, condition: String)

        public var description: String {
            switch self {
            case let .unknownDocument(id, language, available):
                return "no document '\(id)' in language '\(language)'; available: \(available.joined(separator: ", "))"
            case let .missingRequiredFields(id, paths):
                return "\(id): the case is missing required fields:\n" + paths.map { "  - \($0)" }.joined(separator: "\n")
            case let .render(id, failure):
                return "\(id): \(failure)"
            case let .doesNotApply(id, condition):
                return "\(id) applies when \(condition); this case does not meet that, so it was not written (--force writes it anyway)"
            }
        }
    }

    /// Renders one template into a document tree, checking its required fields first.
    public func document(for request: Request, context: TemplateValue) throws(Failure) -> Document {
        guard let template = library.template(id: request.documentID, language: request.language) else {
            let ids = documentIDs
            throw .unknownDocument(id: request.documentID, language: request.language, available: ids)
        }
        if !request.draft {
            let missing = template.missingRequirements(in: context)
            if !missing.isEmpty { throw .missingRequiredFields(documentID: request.documentID, paths: missing) }
        }
        var document: Document
        do {
            document = try template.render(context, options: RenderOptions(draft: request.draft))
        } catch {
            throw .render(documentID: request.documentID, error)
        }
        document.metadata.author = request.author
        document.metadata.date = request.date
        return document
    }

    /// Renders one template into every requested format.
    public func files(for request: Request, context: TemplateValue) throws(Failure) -> [GeneratedFile] {
        let document = try document(for: request, context: context)
        return request.formats.map { format in
            GeneratedFile(
                relativePath: "\(request.folder)/\(request.fileBase ?? request.documentID).\(format.fileExtension)",
                documentID: request.fileBase ?? request.documentID, format: format, language: request.language,
                bytes: bytes(of: document, as: format))
        }
    }

    /// Serialises a document tree in one format.
    public func bytes(of document: Document, as format: OutputFormat) -> [UInt8] {
        switch format {
        case .txt: return text.utf8(document)
        case .html: return html.utf8(document)
        case .docx: return docx.write(document)
        }
    }
}
