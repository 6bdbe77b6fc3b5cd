import Yams

extension FrontMatter {
    /// The `packet_order` of a template without one: after every document that states one below 100.
    public static let defaultPacketOrder = 100

    /// When a document applies and where it goes in a packet, compiled from the front matter keys
    /// `applies_when: <condition>` and `packet_order: <integer>`.
    struct Applicability {
        /// The compiled `applies_when`, or nil when the document always applies.
        var condition: Condition?
        /// The `packet_order`, or the default.
        var packetOrder = FrontMatter.defaultPacketOrder

        /// Compiles the two keys of `frontMatter`, reporting a bad value at its place in `text`
        /// (the whole template source, front matter first).
        static func compile(
            _ frontMatter: FrontMatter, text: String, file: String,
            diagnostics: inout [TemplateDiagnostic]
        ) -> Applicability {
            var result = Applicability()
            let condition = frontMatter.fields["applies_when"], order = frontMatter.fields["packet_order"]
            guard condition != nil || order != nil else { return result }
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            let marks = valueMarks(in: lines)
            func position(of key: String) -> SourcePosition {
                let (line, column) = marks[key] ?? (1, 1)
                let source = line - 1 < lines.count ? String(lines[line - 1]) : ""
                return SourcePosition(file: file, line: line, column: column, sourceLine: source)
            }
            if let condition {
                let at = position(of: "applies_when")
                do {
                    result.condition = try Condition(parsing: condition, at: at.location, sourceLine: at.sourceLine)
                } catch {
                    diagnostics.append(
                        TemplateDiagnostic(
                            location: error.location, message: "applies_when: " + error.message,
                            sourceLine: error.sourceLine))
                }
            }
            if let order {
                if let value = Int(order.trimmingWhitespace) {
                    result.packetOrder = value
                } else {
                    diagnostics.append(.init("packet_order must be a whole number such as 20, not '\(order)'", at: position(of: "packet_order")))
                }
            }
            return result
        }

        /// For each top-level front-matter key, the file line and column where its value's text
        /// starts (inside the quotes of a quoted value), so that an error's column is exact.
        private static func valueMarks(in lines: [Substring]) -> [String: (Int, Int)] {
            guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace == "---" || $0.trimmingWhitespace == "..." }),
                case .mapping(let mapping)? = try? Yams.compose(yaml: lines[1..<end].joined(separator: "\n"))
            else { return [:] }
            var marks: [String: (Int, Int)] = [:]
            for (key, value) in mapping {
                guard let name = key.string, let mark = value.mark else { continue }
                let quoted = value.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
                // YAML lines count from the line after the opening `---`, which is file line 1.
                marks[name] = (mark.line + 1, mark.column + (quoted ? 1 : 0))
            }
            return marks
        }
    }
}
