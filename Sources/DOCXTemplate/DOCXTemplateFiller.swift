import LibXML
import Templating
import ZIPArchive

/// Fills a user's own Word template (.docx) with the tag language of Redress templates.
///
/// Compiled once from the template's bytes (the archive and its XML are checked and parsed
/// safely, every tag compiled), then filled as often as needed: bytes in, bytes out, no files,
/// no clock. Parts without tags, and everything that is not a text part (styles, images,
/// settings, comments), are copied byte for byte; the same context always gives the same bytes.
public struct DOCXTemplateFiller: Sendable {
    /// A compiled text part.
    struct CompiledPart: Sendable {
        /// The part's path.
        var path: String
        /// Its compiled content (one root container).
        var content: [Structured<PartNode>]
    }

    private let reader: ZIPReader
    private let parts: [CompiledPart]
    private let numbering: XMLElement?

    /// Whether an entry is a part whose paragraphs may hold tags.
    static func isTextPart(_ path: String) -> Bool {
        guard path.hasPrefix("word/"), path.hasSuffix(".xml"), !path.dropFirst(5).contains("/") else { return false }
        let name = path.dropFirst(5).dropLast(4)
        return name == "document" || name == "footnotes" || name == "endnotes"
            || ((name.hasPrefix("header") || name.hasPrefix("footer")) && name.dropFirst(6).allSatisfy(\.isNumber))
    }

    /// Whether an entry is XML: a `.xml` or `.rels` part (`[Content_Types].xml` too).
    static func isXMLPart(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".xml") || lower.hasSuffix(".rels")
    }

    /// Reads and compiles the template; throws every problem at once (an unsafe archive or part
    /// stops at that problem).
    public init(template bytes: [UInt8], limits: ZIPReader.Limits = .default) throws(Failure) {
        do {
            reader = try ZIPReader(bytes, limits: limits)
        } catch {
            throw Failure(problems: [.archive(error)])
        }
        guard reader.entry(atPath: "word/document.xml") != nil else { throw Failure(problems: [.notAWordDocument]) }
        var parts: [CompiledPart] = []
        var problems: [Problem] = []
        var numbering: XMLElement?
        // Every XML part goes through the same safe parser, also those only copied: a DOCTYPE
        // anywhere (styles.xml, [Content_Types].xml, a .rels) is refused.
        for entry in reader.entries where Self.isXMLPart(entry.path) {
            let document: XMLDocument
            do {
                let bytes = try reader.contents(of: entry)
                if let problem = PartLimits.problem(in: bytes) {
                    problems.append(.tooLarge(part: entry.path, problem))
                    continue
                }
                guard Self.isTextPart(entry.path) || entry.path == "word/numbering.xml" else {
                    try XMLDocument.check(bytes)
                    continue
                }
                document = try XMLDocument(parsing: bytes)
            } catch let error as ZIPReader.Error {
                throw Failure(problems: [.archive(error)])
            } catch let error as XMLDocument.Error {
                problems.append(.unsafeXML(part: entry.path, error))
                continue
            } catch {
                continue
            }
            if entry.path == "word/numbering.xml" {
                numbering = document.root
                continue
            }
            var compiler = PartCompiler(part: entry.path)
            let content = compiler.compile(document.root)
            problems += compiler.problems.map(Problem.tag)
            if compiler.hasTags { parts.append(CompiledPart(path: entry.path, content: content)) }
        }
        if !problems.isEmpty { throw Failure(problems: problems) }
        self.parts = parts
        self.numbering = numbering
    }

    /// The parts that hold tags, in archive order.
    public var taggedParts: [String] { parts.map(\.path) }

    /// The filled document's bytes; throws every missing or unusable value at once.
    public func fill(_ context: TemplateValue, options: FillOptions = .init()) throws(Failure) -> [UInt8] {
        let scope = TagScope(context: context, languageCode: options.languageCode, options: RenderOptions(draft: options.draft))
        var renderer = PartRenderer(numbering: NumberingRestarts(numbering: numbering))
        var replaced: [String: [UInt8]] = [:]
        for part in parts {
            let nodes = renderer.render(part.content, scope: scope)
            guard case .element(let root)? = nodes.first else { continue }
            let original = reader.entry(atPath: part.path)?.uncompressedSize ?? 0
            replaced[part.path] = Self.serialize(root, sizeHint: original + original / 4)
        }
        if renderer.isExhausted, renderer.problems.isEmpty {
            throw Failure(problems: [
                .tag(TagProblem(part: "word/document.xml", paragraph: 0, paragraphText: "", tag: "", message: PartRenderer.exhaustedMessage))
            ])
        }
        if !renderer.problems.isEmpty { throw Failure(problems: renderer.problems.map(Problem.tag)) }
        if let updated = renderer.numbering.updated { replaced["word/numbering.xml"] = Self.serialize(updated) }
        var writer = ZIPWriter(capacity: reader.entries.count)
        for entry in reader.entries {
            if let contents = replaced[entry.path] {
                writer.add(ZIPWriter.PreparedEntry(path: entry.path, contents: contents))
            } else {
                // Checked when the template was read; an entry of this archive always has its bytes.
                guard let prepared = try? reader.preparedEntry(for: entry) else { continue }
                writer.add(prepared)
            }
        }
        return writer.finish()
    }

    /// Reads, compiles and fills in one step.
    public static func fill(template bytes: [UInt8], with context: TemplateValue, options: FillOptions = .init()) throws(Failure) -> [UInt8] {
        try DOCXTemplateFiller(template: bytes).fill(context, options: options)
    }

    /// The part's bytes, written into one buffer (a filled part may be megabytes of XML).
    static func serialize(_ root: XMLElement, sizeHint: Int = 1 << 16) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(sizeHint)
        out.append(contentsOf: declaration)
        root.appendXML(to: &out)
        return out
    }

    /// Word's own XML declaration line.
    private static let declaration = Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n".utf8)
}
