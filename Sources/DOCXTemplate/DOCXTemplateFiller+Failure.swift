import LibXML
import ZIPArchive

extension DOCXTemplateFiller {
    /// Why a template could not be read or filled: every problem found, in document order.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The problems, each naming where it is.
        public var problems: [Problem]

        /// Creates a failure.
        public init(problems: [Problem]) { self.problems = problems }

        /// One problem per paragraph of text.
        public var description: String { problems.map(\.description).joined(separator: "\n") }
    }

    /// One reason a template was refused or could not be filled.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        /// The file is not a safe, sound ZIP archive: a zip bomb, an absolute or `..` entry
        /// name, too many entries, a damaged entry.
        case archive(ZIPReader.Error)
        /// The archive has no `word/document.xml`, so it is not a Word document.
        case notAWordDocument
        /// A part is refused: not well-formed XML, or it has a DOCTYPE (DTDs and external
        /// entities are never read).
        case unsafeXML(part: String, XMLDocument.Error)
        /// A part too large to read safely (see docs/limits.md).
        case tooLarge(part: String, String)
        /// A tag that does not compile, a block left open, or a value that cannot be filled.
        case tag(TagProblem)

        /// A sentence naming the part, the paragraph and the tag where there are ones.
        public var description: String {
            switch self {
            case .archive(let error): return "error: the template is not a safe Word file: \(error)"
            case .notAWordDocument: return "error: the template has no word/document.xml; is it a .docx file?"
            case .unsafeXML(let part, .doctypeNotAllowed(let line)):
                return "\(part):\(line): error: a DOCTYPE is not allowed in a Word part (DTDs and external entities are refused)"
            case .unsafeXML(let part, let error): return "\(part):\(error): error: the part is not well-formed XML"
            case .tooLarge(let part, let problem): return "\(part): error: \(problem) (see docs/limits.md)"
            case .tag(let problem): return problem.description
            }
        }
    }

    /// A problem at one tag, with the paragraph it stands in.
    public struct TagProblem: Sendable, Hashable, CustomStringConvertible {
        /// The part, such as `word/document.xml` or `word/header1.xml`.
        public var part: String
        /// The paragraph's 1-based number in the part, counting every paragraph (table cells too).
        public var paragraph: Int
        /// The paragraph's text in the template.
        public var paragraphText: String
        /// The tag as typed, such as `{{debtor.nmae}}`.
        public var tag: String
        /// What is wrong, and what to do.
        public var message: String

        /// Creates a problem.
        public init(part: String, paragraph: Int, paragraphText: String, tag: String, message: String) {
            self.part = part
            self.paragraph = paragraph
            self.paragraphText = paragraphText
            self.tag = tag
            self.message = message
        }

        /// `word/document.xml: paragraph 4 "Dear {{debtor.nmae}}:": {{debtor.nmae}}: no value …`.
        public var description: String {
            let text = paragraphText.count > 80 ? paragraphText.prefix(77) + "..." : Substring(paragraphText)
            // A tag or a message quoting one may be megabytes long: cut both.
            let shownTag = tag.count > 200 ? tag.prefix(197) + "..." : Substring(tag)
            let shownMessage = message.count > 800 ? message.prefix(797) + "..." : Substring(message)
            return "\(part): paragraph \(paragraph) \"\(text)\": \(shownTag): error: \(shownMessage)"
        }
    }
}
