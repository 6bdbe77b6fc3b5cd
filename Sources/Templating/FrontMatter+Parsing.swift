import Yams

extension FrontMatter {
    /// A source split into its front matter and body.
    struct Parsed {
        /// The front matter, or nil when it is missing or unusable (the problems say why).
        var frontMatter: FrontMatter?
        /// The body text after the closing `---`.
        var body: Substring
        /// The file line on which the body starts.
        var bodyLine: Int
        /// The position of the `id` value, for duplicate-id messages.
        var idPosition: SourcePosition
    }

    /// Splits `text` and parses its front matter; `required` is false for partials, whose front
    /// matter (if any) is skipped.
    static func parse(_ text: String, file: String, required: Bool, diagnostics: inout [TemplateDiagnostic]) -> Parsed {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        func position(_ line: Int, _ column: Int = 1) -> SourcePosition {
            let source = line - 1 < lines.count ? String(lines[line - 1]) : ""
            return SourcePosition(file: file, line: line, column: column, sourceLine: source)
        }
        let isFence: (Substring) -> Bool = { $0.trimmingWhitespace == "---" }
        guard let first = lines.first, isFence(first) else {
            if required {
                diagnostics.append(.init("a template starts with front matter: a '---' line, then at least id: and title:, then '---'", at: position(1)))
            }
            return Parsed(frontMatter: nil, body: Substring(text), bodyLine: 1, idPosition: position(1))
        }
        guard let end = lines.dropFirst().firstIndex(where: { isFence($0) || $0.trimmingWhitespace == "..." }) else {
            diagnostics.append(.init("front matter is not closed: expected a '---' line after it", at: position(1)))
            return Parsed(frontMatter: nil, body: "", bodyLine: lines.count + 1, idPosition: position(1))
        }
        let body = end + 1 < lines.count ? text[lines[end + 1].startIndex...] : ""
        let yaml = lines[1..<end].joined(separator: "\n")
        guard required else { return Parsed(frontMatter: nil, body: body, bodyLine: end + 2, idPosition: position(1)) }
        var reader = Reader(file: file, position: position, diagnostics: [])
        let frontMatter = reader.read(yaml)
        diagnostics += reader.diagnostics
        return Parsed(frontMatter: frontMatter, body: body, bodyLine: end + 2, idPosition: reader.idPosition ?? position(1))
    }

    /// Reads the YAML mapping into front matter, reporting each bad key where it is.
    private struct Reader {
        let file: String
        let position: (Int, Int) -> SourcePosition
        var diagnostics: [TemplateDiagnostic]
        var idPosition: SourcePosition?

        /// YAML lines are numbered from the line after the opening `---`.
        private func at(_ node: Node?) -> SourcePosition {
            guard let mark = node?.mark else { return position(1, 1) }
            return position(mark.line + 1, mark.column)
        }

        mutating func read(_ yaml: String) -> FrontMatter? {
            let root: Node?
            do {
                root = try Yams.compose(yaml: yaml)
            } catch let error as YamlError {
                diagnostics.append(Self.describe(error, position))
                return nil
            } catch {
                diagnostics.append(.init("front matter is not valid YAML: \(error)", at: position(1, 1)))
                return nil
            }
            guard case .mapping(let mapping)? = root else {
                diagnostics.append(.init("front matter must be key: value lines (id:, title:, …)", at: position(1, 1)))
                return nil
            }
            var result = FrontMatter(id: "", title: "")
            var seen: Set<String> = []
            for (keyNode, value) in mapping {
                guard let key = keyNode.string else { continue }
                seen.insert(key)
                switch key {
                case "requires":
                    guard case .sequence(let items) = value, items.allSatisfy({ $0.scalar != nil }) else {
                        diagnostics.append(.init("'requires' must be a list of paths, such as [debtor.name, collector.address]", at: at(value)))
                        continue
                    }
                    result.requires = items.compactMap(\.string)
                case "id", "title", "language", "description", "kind":
                    guard let text = value.scalar?.string, !text.isEmpty else {
                        diagnostics.append(.init("'\(key)' must be text on the same line", at: at(value)))
                        continue
                    }
                    switch key {
                    case "id":
                        idPosition = at(value)
                        if !text.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) {
                            diagnostics.append(
                                .init("id '\(text)' may use only letters, digits, '-', '_' and '.', because it names output files", at: at(value)))
                        }
                        result.id = text
                    case "title": result.title = text
                    case "language": result.language = text
                    case "description": result.description = text
                    default: result.kind = text
                    }
                default:
                    guard let text = value.scalar?.string else {
                        diagnostics.append(.init("front matter key '\(key)' must have a single value (only 'requires' takes a list)", at: at(value)))
                        continue
                    }
                    result.fields[key] = text
                }
            }
            for key in ["id", "title"] where !seen.contains(key) {
                diagnostics.append(.init("front matter is missing '\(key):'", at: position(1, 1)))
            }
            return result.id.isEmpty || result.title.isEmpty ? nil : result
        }

        private static func describe(_ error: YamlError, _ position: (Int, Int) -> SourcePosition) -> TemplateDiagnostic {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                return .init("front matter is not valid YAML: \(problem)", at: position(mark.line + 1, mark.column))
            default:
                return .init("front matter is not valid YAML: \(error)", at: position(1, 1))
            }
        }
    }
}
