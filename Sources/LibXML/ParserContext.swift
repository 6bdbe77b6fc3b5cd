internal import CLibXML2

/// Collects what libxml2 reports while one context parses; reached from C callbacks through the
/// context's `_private` pointer, so nothing is global and many threads can parse at once.
final class ParseState {
    var diagnostics: [XMLDiagnostic] = []
    var doctypeLine: Int?
    let allowsDoctype: Bool

    init(allowsDoctype: Bool) { self.allowsDoctype = allowsDoctype }

    /// The first error or fatal error, if any.
    var firstError: XMLDiagnostic? { diagnostics.first { $0.severity != .warning } }
}

/// One-time libxml2 set-up, run once (Swift guards a static's initializer) before any parse or
/// schema compile.
///
/// `xmlInitParser` must not race with a first parse on another thread. libxml2 2.9 also builds
/// its table of built-in schema types (`xs:int`, `xs:string`...) lazily in `xmlSchemaParse`, with
/// no lock: two schemas compiled at once on a fresh process could each start the table, and one
/// would then fail with "QName '{xs}int' does not resolve". Building it here closes that race.
enum LibXMLRuntime {
    static let ready: Bool = {
        xmlInitParser()
        xmlSchemaInitTypes()
        return true
    }()
}

/// Parsing with safe options, each call with its own parser context.
enum ParserContext {
    /// No network, no entity substitution, no DTD loading or default attributes, errors to our
    /// per-context handler instead of stderr; big line numbers so diagnostics stay right.
    static let xmlOptions = Int32(
        bitPattern:
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue)

    /// The HTML parser's equivalent, without implied-tag surprises removed (a real HTML5 tree).
    static let htmlOptions = Int32(
        bitPattern:
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)

    /// Parses XML into a libxml2 document the caller must free with `xmlFreeDoc`.
    static func parseXML(_ bytes: [UInt8], allowsDoctype: Bool) throws(XMLDocument.Error) -> (xmlDocPtr, ParseState) {
        guard !bytes.isEmpty else { throw .malformed(XMLDiagnostic(severity: .fatal, line: 1, column: 1, message: "Document is empty")) }
        return try parseXML(allowsDoctype: allowsDoctype) { context in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlCtxtReadMemory(context, chars.baseAddress!, Int32(chars.count), "", nil, xmlOptions)
                }
            }
        }
    }

    /// Parses the XML file at `path` (trusted input such as a schema), reporting through our handler.
    static func parseXML(path: String) throws(XMLDocument.Error) -> (xmlDocPtr, ParseState) {
        try parseXML(allowsDoctype: true) { context in xmlCtxtReadFile(context, path, nil, xmlOptions) }
    }

    private static func parseXML(
        allowsDoctype: Bool, read: (xmlParserCtxtPtr) -> xmlDocPtr?
    ) throws(XMLDocument.Error) -> (xmlDocPtr, ParseState) {
        _ = LibXMLRuntime.ready
        guard let context = xmlNewParserCtxt() else { fatalError("libxml2: out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let state = ParseState(allowsDoctype: allowsDoctype)
        let unmanaged = Unmanaged.passRetained(state)
        defer { unmanaged.release() }
        context.pointee._private = unmanaged.toOpaque()
        context.pointee.sax.pointee.serror = parserErrorHandler
        context.pointee.sax.pointee.internalSubset = doctypeHandler
        let document = read(context)
        if let line = state.doctypeLine, !allowsDoctype {
            xmlFreeDoc(document)
            throw .doctypeNotAllowed(line: line)
        }
        if let error = state.firstError ?? (context.pointee.wellFormed == 0 ? lastError(of: context) : nil) {
            xmlFreeDoc(document)
            throw .malformed(error)
        }
        guard let document else { throw .noRootElement }
        return (document, state)
    }

    /// Parses HTML (which always yields a tree; problems become diagnostics).
    static func parseHTML(_ bytes: [UInt8]) throws(XMLDocument.Error) -> (xmlDocPtr, ParseState) {
        _ = LibXMLRuntime.ready
        guard !bytes.isEmpty else { throw .noRootElement }
        guard let context = htmlNewParserCtxt() else { fatalError("libxml2: out of memory") }
        defer { htmlFreeParserCtxt(context) }
        let state = ParseState(allowsDoctype: true)
        let unmanaged = Unmanaged.passRetained(state)
        defer { unmanaged.release() }
        context.pointee._private = unmanaged.toOpaque()
        // The HTML SAX handler is not marked SAX2, and libxml2 only calls `serror` on SAX2
        // handlers; the HTML parser does not consult the mark otherwise.
        context.pointee.sax.pointee.initialized = XML_SAX2_MAGIC
        context.pointee.sax.pointee.serror = parserErrorHandler
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress!, Int32(chars.count), "", "UTF-8", htmlOptions)
            }
        }
        guard let document else { throw .noRootElement }
        return (document, state)
    }

    static func lastError(of context: xmlParserCtxtPtr) -> XMLDiagnostic {
        withUnsafeMutablePointer(to: &context.pointee.lastError) { diagnostic(from: $0) }
    }
}

/// Converts a libxml2 error record.
func diagnostic(from error: xmlErrorPtr) -> XMLDiagnostic {
    let severity: XMLDiagnostic.Severity
    switch error.pointee.level {
    case XML_ERR_WARNING: severity = .warning
    case XML_ERR_FATAL: severity = .fatal
    default: severity = .error
    }
    var message = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
    while message.last?.isWhitespace == true { message.removeLast() }
    return XMLDiagnostic(severity: severity, line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message)
}

/// The structured error callback of a parser context; `userData` is the context itself.
private let parserErrorHandler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let state = context.pointee._private else { return }
    Unmanaged<ParseState>.fromOpaque(state).takeUnretainedValue().diagnostics.append(diagnostic(from: error))
}

/// Replaces the DOCTYPE callback: records the line and, unless allowed, stops the parser before
/// any entity or DTD is declared (no billion laughs, no external entities).
private let doctypeHandler: internalSubsetSAXFunc = { userData, name, externalID, systemID in
    guard let userData else { return }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let pointer = context.pointee._private else { return }
    let state = Unmanaged<ParseState>.fromOpaque(pointer).takeUnretainedValue()
    state.doctypeLine = Int(context.pointee.input?.pointee.line ?? 0)
    if state.allowsDoctype {
        xmlSAX2InternalSubset(userData, name, externalID, systemID)
    } else {
        xmlStopParser(context)
    }
}
