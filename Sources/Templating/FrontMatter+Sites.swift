import Yams

extension FrontMatter {
    /// Where the paths of the front matter are written: each `requires` entry and `applies_when`.
    struct Sites: Sendable {
        /// One position per `requires` entry, in order.
        var requires: [SourcePosition] = []
        /// The start of the `applies_when` value, if there is one.
        var appliesWhen: SourcePosition?

        /// Finds the sites in `text`, a whole template source; a source whose front matter does
        /// not compose gives no sites (it failed to compile anyway).
        static func locate(in text: String, file: String) -> Sites {
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            guard lines.first?.trimmingWhitespace == "---",
                let end = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace == "---" || $0.trimmingWhitespace == "..." }),
                case .mapping(let mapping)? = try? Yams.compose(yaml: lines[1..<end].joined(separator: "\n"))
            else { return Sites() }
            func position(_ node: Node) -> SourcePosition {
                // YAML lines count from the line after the opening `---`, which is file line 1.
                let line = (node.mark?.line ?? 0) + 1, column = node.mark?.column ?? 1
                let quoted = node.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
                let source = line - 1 < lines.count ? String(lines[line - 1]) : ""
                return SourcePosition(file: file, line: line, column: column + (quoted ? 1 : 0), sourceLine: source)
            }
            var sites = Sites()
            for (key, value) in mapping {
                switch key.string {
                case "requires": if case .sequence(let items) = value { sites.requires = items.map(position) }
                case "applies_when": sites.appliesWhen = position(value)
                default: break
                }
            }
            return sites
        }
    }
}
