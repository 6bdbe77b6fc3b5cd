import CaseModel
import Yams

/// The interview's answers as a case file and back: what "download to continue later" writes and
/// "upload" reads. Values are written quoted, so that the file reads back as the same text.
enum CaseYAML {
    /// The answers as a YAML case file.
    static func yaml(from answers: [(String, String)]) throws -> String {
        let node = try CaseNode(dottedPaths: answers)
        return try Yams.serialize(node: yamlNode(node), allowUnicode: true)
    }

    private static func yamlNode(_ node: CaseNode) -> Node {
        switch node {
        case .null: return Node("~", Tag(.null))
        case .bool(let b): return Node(String(b))
        case .number(let text), .string(let text): return Node(text, Tag(.str), .doubleQuoted)
        case .sequence(let items): return Node(items.map(yamlNode))
        case .mapping(let entries): return Node(entries.map { (Node($0.key), yamlNode($0.value)) })
        }
    }

    /// A case file's text (YAML or JSON) as answers by case path; throws the syntax error.
    static func answers(from text: String) throws -> [String: String] {
        var answers: [String: String] = [:]
        flatten(try CaseNode(yaml: text), path: "", into: &answers)
        return answers
    }

    private static func flatten(_ node: CaseNode, path: String, into answers: inout [String: String]) {
        switch node {
        case .null: return
        case .bool(let b): answers[path] = String(b)
        case .number(let text), .string(let text):
            if !text.isEmpty { answers[path] = text }
        case .sequence(let items):
            for (i, item) in items.enumerated() { flatten(item, path: "\(path)[\(i)]", into: &answers) }
        case .mapping(let entries):
            for entry in entries { flatten(entry.value, path: path.isEmpty ? entry.key : path + "." + entry.key, into: &answers) }
        }
    }
}
