/// One problem found in a case file: where, how bad, what, and how to fix it.
public struct CaseDiagnostic: Sendable, Hashable, Encodable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, Encodable {
        /// The case cannot be used until this is fixed.
        case error
        /// The case can be used, but this looks wrong.
        case warning
    }

    /// The field path, such as `debtor.address.zip` or `income[2].source`; empty for the whole file.
    public var path: String
    /// Error or warning.
    public var severity: Severity
    /// What is wrong.
    public var message: String
    /// How to fix it, when there is something useful to say.
    public var hint: String?
    /// The line in the file (1-based), for syntax errors.
    public var line: Int?
    /// The column in the file (1-based), for syntax errors.
    public var column: Int?

    /// Creates a diagnostic.
    public init(
        path: String, severity: Severity, message: String, hint: String? = nil,
        line: Int? = nil, column: Int? = nil
    ) {
        self.path = path
        self.severity = severity
        self.message = message
        self.hint = hint
        self.line = line
        self.column = column
    }

    /// An error at `path`.
    public static func error(_ path: String, _ message: String, hint: String? = nil) -> CaseDiagnostic {
        CaseDiagnostic(path: path, severity: .error, message: message, hint: hint)
    }

    /// A warning at `path`.
    public static func warning(_ path: String, _ message: String, hint: String? = nil) -> CaseDiagnostic {
        CaseDiagnostic(path: path, severity: .warning, message: message, hint: hint)
    }

    /// `path: message (hint)`; a syntax error reads `line 3, column 7: message`, or with the field
    /// it sits in, `debtor.name (line 3, column 7): message`.
    ///
    /// Control characters are shown escaped (`\u{1B}`): paths and messages quote the file's own
    /// keys and values, and this text goes to a terminal.
    public var description: String {
        var where_ = path
        if let line {
            let position = "line \(line)" + (column.map { ", column \($0)" } ?? "")
            where_ = where_.isEmpty ? position : where_ + " (" + position + ")"
        }
        let text = (where_.isEmpty ? "" : where_ + ": ") + message + (hint.map { " (\($0))" } ?? "")
        return text.escapingControlCharacters
    }
}
