/// One problem libxml2 reported, with where it is.
public struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: Sendable, Hashable {
        /// Recoverable; the document is still usable.
        case warning
        /// An error (for schemas: the document is invalid).
        case error
        /// The document is not well-formed; parsing stopped.
        case fatal
    }

    /// The severity.
    public var severity: Severity
    /// The 1-based line, or 0 when unknown.
    public var line: Int
    /// The 1-based column, or 0 when unknown.
    public var column: Int
    /// libxml2's message, without its trailing newline.
    public var message: String

    /// Creates a diagnostic.
    public init(severity: Severity, line: Int, column: Int, message: String) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}
