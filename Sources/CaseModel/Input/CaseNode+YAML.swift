import Yams

extension CaseNode {
    /// Why text could not be read as a tree; each case carries the line and column (1-based).
    public enum SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The text is not well-formed YAML (or JSON); `path` is the deepest field read before the
        /// problem (empty when there is none).
        case malformed(problem: String, line: Int, column: Int, path: String = "")
        /// A key appears twice in one object; `path` is the key's path, such as `debtor.name`.
        case duplicateKey(String, line: Int, column: Int, path: String = "")
        /// A construct case files do not use, such as a list or an object as a key.
        case unsupported(String, line: Int, column: Int)
        /// There is nothing in the file.
        case empty

        /// The problem as a diagnostic for the whole file.
        public var diagnostic: CaseDiagnostic {
            switch self {
            case let .malformed(problem, line, column, path):
                return CaseDiagnostic(
                    path: path, severity: .error, message: "syntax error: \(problem)",
                    hint: "check the indentation, colons, quotes and brackets near here",
                    line: line, column: column)
            case let .duplicateKey(key, line, column, path):
                return CaseDiagnostic(
                    path: path, severity: .error, message: "the key '\(key)' appears twice in one object",
                    hint: "keep one of them", line: line, column: column)
            case let .unsupported(what, line, column):
                return CaseDiagnostic(path: "", severity: .error, message: what, line: line, column: column)
            case .empty:
                return CaseDiagnostic(
                    path: "", severity: .error, message: "the case file is empty",
                    hint: "start from one of the files in samples/")
            }
        }

        /// The diagnostic's text.
        public var description: String { diagnostic.description }
    }

    /// Parses YAML 1.2 text, or JSON (which YAML's flow syntax reads), into a tree.
    public init(yaml text: String) throws(SyntaxError) {
        if let found = CaseNode.firstAnchorOrAlias(in: text) {
            throw .unsupported(
                "anchors and aliases (\(found.marker)) are not supported in case files; write the values out",
                line: found.line, column: found.column)
        }
        let parser: Parser
        let root: Node?
        do {
            parser = try Parser(yaml: text)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            throw CaseNode.syntaxError(from: error, in: text)
        } catch {
            throw .malformed(problem: String(describing: error), line: 1, column: 1)
        }
        guard let root else { throw .empty }
        // A node holds its anchor weakly and the parser owns it: keep the parser alive while the
        // tree is walked, or every anchor reads as nil and the alias check below sees nothing.
        self = try withExtendedLifetime(parser) { () throws(SyntaxError) -> CaseNode in
            try CaseNode.converting(root, depth: 0)
        }
    }

    /// The deepest nesting a case file may use; the schema needs about six levels.
    static let maximumDepth = 64

    private static func converting(_ node: Node, depth: Int) throws(SyntaxError) -> CaseNode {
        // Yams resolves each alias to its anchor's node, so a few hundred bytes of nested aliases
        // describe a tree of billions of nodes ("billion laughs"). Case files never need anchors:
        // refuse the first one, before anything is expanded.
        if let anchor = node.anchor {
            throw .unsupported(
                "anchors and aliases (&\(anchor.rawValue)) are not supported in case files; write the values out",
                line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
        }
        guard depth < maximumDepth else {
            throw .unsupported(
                "nested too deeply (more than \(maximumDepth) levels)",
                line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
        }
        switch node {
        case .scalar(let scalar):
            return scalar.style == .plain ? resolvingPlain(scalar.string) : .string(scalar.string)
        case .sequence(let sequence):
            var items: [CaseNode] = []
            for item in sequence { items.append(try converting(item, depth: depth + 1)) }
            return .sequence(items)
        case .mapping(let mapping):
            var entries: [Entry] = []
            for (key, value) in mapping {
                guard case .scalar(let k) = key else {
                    let mark = key.mark
                    throw .unsupported(
                        "a key must be a plain name, not a list or an object",
                        line: mark?.line ?? 0, column: mark?.column ?? 0)
                }
                entries.append(Entry(k.string, try converting(value, depth: depth + 1)))
            }
            return .mapping(entries)
        case .alias(let alias):
            throw .unsupported(
                "aliases (*\(alias.anchor.rawValue)) are not supported in case files",
                line: alias.mark?.line ?? 0, column: alias.mark?.column ?? 0)
        }
    }

    /// Resolves an unquoted scalar with the YAML 1.2 core schema, keeping numbers as text.
    static func resolvingPlain(_ text: String) -> CaseNode {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: return isDecimalNumber(text) ? .number(text) : .string(text)
        }
    }

    /// `[-+]?(digits[.digits*] | .digits)([eE][-+]?digits)?`, as in the YAML 1.2 core schema.
    static func isDecimalNumber(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "-" || chars.first == "+" { chars = chars.dropFirst() }
        let mantissaEnd = chars.firstIndex { $0 == "e" || $0 == "E" } ?? chars.endIndex
        let mantissa = chars[..<mantissaEnd]
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            parts.contains(where: { !$0.isEmpty }), !(parts.count == 1 && parts[0].isEmpty)
        else { return false }
        guard mantissaEnd != chars.endIndex else { return true }
        var exponent = chars[chars.index(after: mantissaEnd)...]
        if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
        return !exponent.isEmpty && exponent.allSatisfy(\.isASCIIDigit)
    }

    /// The error as a `SyntaxError`, with the path of the field where it sits in `text`.
    private static func syntaxError(from error: YamlError, in text: String) -> SyntaxError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let while_ = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return .malformed(
                problem: problem + while_, line: mark.line, column: mark.column,
                path: lastFieldPath(before: mark, in: text))
        case let .reader(problem, offset, _, yaml):
            let (line, column) = lineAndColumn(of: offset ?? 0, in: yaml)
            return .malformed(problem: problem, line: line, column: column)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            return .duplicateKey(
                key, line: context.mark.line, column: context.mark.column,
                path: pathOfDuplicate(key, at: context.mark, in: text))
        default:
            return .malformed(problem: String(describing: error), line: 1, column: 1)
        }
    }

    private static func lineAndColumn(of offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for ch in text.prefix(offset) {
            if ch == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
