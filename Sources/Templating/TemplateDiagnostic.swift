/// One problem in a template, at a place a person can find: file, line and column.
public struct TemplateDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// A place in a template file; line and column are 1-based, the column counts characters.
    public struct Location: Sendable, Hashable, CustomStringConvertible {
        /// The source path, as given in `TemplateSource.path`.
        public var file: String
        /// The line, from 1.
        public var line: Int
        /// The column in characters, from 1.
        public var column: Int

        /// Creates a location.
        public init(file: String, line: Int, column: Int) {
            self.file = file
            self.line = line
            self.column = column
        }

        /// `file:line:column`.
        public var description: String { "\(file):\(line):\(column)" }
    }

    /// Where the problem is.
    public var location: Location
    /// What is wrong, and what was expected.
    public var message: String
    /// The text of the line the problem is on, without its line end.
    public var sourceLine: String

    /// Creates a diagnostic.
    public init(location: Location, message: String, sourceLine: String) {
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
    }

    /// `file:line:column: error: message`, then the source line and a caret under the column.
    ///
    /// A long line is quoted as a window of ``TemplateLimits/quotedSource`` characters around the
    /// column, and a long message is cut, so that a huge tag cannot turn into megabytes of errors.
    public var description: String {
        let limit = TemplateLimits.quotedSource
        var column = max(0, location.column - 1)
        var line = Substring(sourceLine)
        var lead = ""
        if line.count > limit {
            let start = max(0, column - limit / 2)
            line = line.dropFirst(start).prefix(limit)
            column -= start
            lead = start > 0 ? "…" : ""
            if start > 0 { column += 1 }
            if line.endIndex < sourceLine.endIndex { line = Substring(String(line) + "…") }
        }
        let shown = lead + line
        // Copy tabs from the source line so that the caret lines up in a terminal.
        let prefix = String(shown.prefix(column).map { $0 == "\t" ? Character("\t") : " " })
        let padding = prefix + String(repeating: " ", count: max(0, column - prefix.count))
        let text = message.count > limit * 4 ? message.prefix(limit * 4) + "…" : Substring(message)
        return "\(location): error: \(text)\n\(shown)\n\(padding)^"
    }
}

extension TemplateDiagnostic {
    /// A diagnostic at an internal source position.
    init(_ message: String, at position: SourcePosition) {
        self.init(location: position.location, message: message, sourceLine: position.sourceLine)
    }
}
