extension XMLDocument {
    /// Why bytes could not be turned into a document.
    public enum Error: Swift.Error, Hashable, CustomStringConvertible {
        /// The bytes are not well-formed XML; the first problem, with its line and column.
        case malformed(XMLDiagnostic)
        /// The document has a `<!DOCTYPE>` and the caller did not allow one (the line of it).
        case doctypeNotAllowed(line: Int)
        /// There is no root element (empty input, or HTML with nothing in it).
        case noRootElement

        /// `line:column: message`, for a person.
        public var description: String {
            switch self {
            case .malformed(let diagnostic): return "\(diagnostic.line):\(diagnostic.column): \(diagnostic.message)"
            case .doctypeNotAllowed(let line): return "\(line):1: a DOCTYPE is not allowed here"
            case .noRootElement: return "no root element"
            }
        }
    }
}
