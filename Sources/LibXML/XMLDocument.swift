internal import CLibXML2

/// A parsed XML (or HTML) document as plain values.
///
/// Parsing is safe for untrusted input: no network, no DTD loading, no entity expansion (an
/// external entity stays an unexpanded ``XMLNode/entityReference(_:)``), and by default no DOCTYPE
/// at all. Each parse has its own libxml2 context and error collector, so threads parse in parallel.
public struct XMLDocument: Sendable, Hashable {
    /// The root element.
    public var root: XMLElement
    /// Warnings from an XML parse; problems the HTML parser recovered from.
    public var diagnostics: [XMLDiagnostic]

    /// Creates a document from a root element.
    public init(root: XMLElement, diagnostics: [XMLDiagnostic] = []) {
        self.root = root
        self.diagnostics = diagnostics
    }

    /// Parses XML bytes; any error is fatal. A DOCTYPE is refused unless `allowingDoctype`, and even
    /// then no external DTD or entity is loaded.
    public init(parsing bytes: [UInt8], allowingDoctype: Bool = false) throws(Error) {
        let (document, state) = try ParserContext.parseXML(bytes, allowsDoctype: allowingDoctype)
        defer { xmlFreeDoc(document) }
        self = try TreeConversion.document(from: document, diagnostics: state.diagnostics)
    }

    /// Checks that XML bytes parse with the same safe options (no DOCTYPE, well-formed) without
    /// building a tree: for parts that are only copied.
    public static func check(_ bytes: [UInt8]) throws(Error) {
        let (document, _) = try ParserContext.parseXML(bytes, allowsDoctype: false)
        xmlFreeDoc(document)
    }

    /// Parses XML text; see ``init(parsing:allowingDoctype:)-(([UInt8],_))``.
    public init(parsing text: String, allowingDoctype: Bool = false) throws(Error) {
        try self.init(parsing: Array(text.utf8), allowingDoctype: allowingDoctype)
    }

    /// Parses UTF-8 HTML the way a browser-like parser would, never touching the network; what it
    /// had to repair is in ``diagnostics``. Element names are lower case and in no namespace.
    public init(parsingHTML bytes: [UInt8]) throws(Error) {
        let (document, state) = try ParserContext.parseHTML(bytes)
        defer { xmlFreeDoc(document) }
        self = try TreeConversion.document(from: document, diagnostics: state.diagnostics)
    }

    /// Parses HTML text; see ``init(parsingHTML:)-(([UInt8]))``.
    public init(parsingHTML text: String) throws(Error) {
        try self.init(parsingHTML: Array(text.utf8))
    }
}
