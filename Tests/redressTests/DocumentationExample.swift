import Foundation

/// A `redress` command shown in a fenced `sh` or `console` block of the README or a docs page, with
/// what the page says it does: its exit status (a `# exit 65` comment, else 0) and, in a `console`
/// block, the first output line shown under it. CONTRIBUTING.md documents the conventions.
struct DocumentationExample: CustomStringConvertible, Sendable {
    var file: String
    var line: Int
    /// The command as a shell runs it, `swift run redress` already replaced by `redress`.
    var command: String
    var expectedStatus: Int32
    var expectedOutput: String?

    var description: String { "\(file):\(line): \(command)" }

    /// Every runnable example of one Markdown file, in order.
    static func extract(from markdown: String, file: String) -> [DocumentationExample] {
        var examples: [DocumentationExample] = []
        var block: (console: Bool, runnable: Bool)?
        var pending = ""
        var pendingLine = 0
        var awaitingOutput: Int?  // index of the console example whose output comes next
        for (index, raw) in markdown.components(separatedBy: "\n").enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("```") {
                if block != nil {
                    block = nil
                } else {
                    let words = text.dropFirst(3).split(separator: " ").map(String.init)
                    let language = words.first ?? ""
                    block = (language == "console", ["sh", "console"].contains(language) && !words.contains("no-run"))
                }
                awaitingOutput = nil
                continue
            }
            guard let current = block, current.runnable else { continue }
            var body = text
            if current.console {
                guard body.hasPrefix("$ ") || !pending.isEmpty else {
                    if let at = awaitingOutput, !body.isEmpty, body != "…" {
                        examples[at].expectedOutput = body
                        awaitingOutput = nil
                    }
                    continue
                }
                if body.hasPrefix("$ ") { body.removeFirst(2) }
            }
            if pending.isEmpty { pendingLine = index + 1 }
            if body.hasSuffix("\\") {
                pending += body.dropLast().trimmingCharacters(in: .whitespaces) + " "
                continue
            }
            let logical = pending + body
            pending = ""
            guard let example = example(logical, file: file, line: pendingLine) else { continue }
            examples.append(example)
            awaitingOutput = current.console ? examples.count - 1 : nil
        }
        return examples
    }

    /// The example on one logical line, or nil when it is not a `redress` command to run.
    static func example(_ line: String, file: String, line number: Int) -> DocumentationExample? {
        let (code, comment) = splitComment(line)
        var command = code.trimmingCharacters(in: .whitespaces)
        if command.hasPrefix("swift run redress") { command = String(command.dropFirst("swift run ".count)) }
        guard command == "redress" || command.hasPrefix("redress ") else { return nil }
        // `serve` does not exit; its examples are read, not run.
        if command.split(separator: " ").dropFirst().first == "serve" { return nil }
        var status: Int32 = 0
        if let range = comment.range(of: #"exit (\d+)"#, options: .regularExpression),
            let value = Int32(comment[range].dropFirst(5))
        {
            status = value
        }
        return DocumentationExample(file: file, line: number, command: command, expectedStatus: status)
    }

    /// Lines (1-based) of fences without a language whose line starts with a `redress` command.
    static func unlabelledCommandLines(in markdown: String) -> [Int] {
        var found: [Int] = []
        var inside: Bool?  // nil outside a fence; true inside one without a language
        for (index, raw) in markdown.components(separatedBy: "\n").enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("```") {
                inside = inside == nil ? text == "```" : nil
                continue
            }
            let command = text.hasPrefix("$ ") ? String(text.dropFirst(2)) : text
            if inside == true, command.hasPrefix("redress ") || command.hasPrefix("swift run redress") {
                found.append(index + 1)
            }
        }
        return found
    }

    /// Splits a shell line at its first `#` comment outside quotes.
    static func splitComment(_ line: String) -> (code: String, comment: String) {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#", previous.isWhitespace {
                return (String(line[..<index]), String(line[index...]))
            }
            previous = character
        }
        return (line, "")
    }
}
