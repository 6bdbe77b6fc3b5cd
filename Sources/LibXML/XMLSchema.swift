internal import CLibXML2

/// A compiled W3C XML Schema, for checking documents against it (such as our DOCX parts against
/// the ECMA-376 `wml.xsd`).
///
/// The schema files are trusted input: libxml2 reads the file and the files it imports from disk.
/// A compiled schema is read-only, so one instance may validate on several threads at once (each
/// validation has its own context).
public final class XMLSchema: @unchecked Sendable {
    /// Why a schema could not be compiled.
    public enum Error: Swift.Error, Hashable, CustomStringConvertible {
        /// The schema at `path` could not be read or compiled; libxml2's diagnostics.
        case invalidSchema(path: String, diagnostics: [XMLDiagnostic])

        /// `path: first problem`, for a person.
        public var description: String {
            switch self {
            case .invalidSchema(let path, let diagnostics):
                return "\(path): cannot compile schema: \(diagnostics.first?.description ?? "unknown error")"
            }
        }
    }

    private let schema: xmlSchemaPtr

    /// Compiles the schema in the file at `path` (imports resolve relative to it).
    public init(path: String) throws(Error) {
        _ = LibXMLRuntime.ready
        let collector = DiagnosticCollector()
        // Read the top file ourselves so that a missing or broken file reports through our
        // handler, not libxml2's stderr; its imports resolve against the document's URL.
        let document: xmlDocPtr
        do {
            (document, _) = try ParserContext.parseXML(path: path)
        } catch {
            let diagnostic: XMLDiagnostic
            switch error {
            case .malformed(let found): diagnostic = found
            default: diagnostic = XMLDiagnostic(severity: .fatal, line: 0, column: 0, message: error.description)
            }
            throw .invalidSchema(path: path, diagnostics: [diagnostic])
        }
        defer { xmlFreeDoc(document) }
        guard let parser = xmlSchemaNewDocParserCtxt(document) else { fatalError("libxml2: out of memory") }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlSchemaSetParserStructuredErrors(parser, collectingHandler, unmanaged.toOpaque())
        guard let schema = xmlSchemaParse(parser),
            !collector.diagnostics.contains(where: { $0.severity != .warning })
        else {
            throw .invalidSchema(path: path, diagnostics: collector.diagnostics)
        }
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    /// Every validity error in `bytes` (empty when the document is valid). Throws if the bytes are
    /// not well-formed XML; they are parsed with the same safe options as ``XMLDocument``.
    public func validate(_ bytes: [UInt8]) throws(XMLDocument.Error) -> [XMLDiagnostic] {
        let (document, _) = try ParserContext.parseXML(bytes, allowsDoctype: false)
        defer { xmlFreeDoc(document) }
        guard let validator = xmlSchemaNewValidCtxt(schema) else { fatalError("libxml2: out of memory") }
        defer { xmlSchemaFreeValidCtxt(validator) }
        let collector = DiagnosticCollector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlSchemaSetValidStructuredErrors(validator, collectingHandler, unmanaged.toOpaque())
        let status = xmlSchemaValidateDoc(validator, document)
        let errors = collector.diagnostics.filter { $0.severity != .warning }
        if status != 0, errors.isEmpty {
            return [XMLDiagnostic(severity: .error, line: 0, column: 0, message: "schema validation failed (status \(status))")]
        }
        return errors
    }

    /// Every validity error in `text`; see ``validate(_:)-(([UInt8]))``.
    public func validate(_ text: String) throws(XMLDocument.Error) -> [XMLDiagnostic] {
        try validate(Array(text.utf8))
    }
}

/// Gathers diagnostics from libxml2 callbacks whose user data is this object.
final class DiagnosticCollector {
    var diagnostics: [XMLDiagnostic] = []
}

private let collectingHandler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue().diagnostics.append(diagnostic(from: error))
}
