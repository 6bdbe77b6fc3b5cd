import Yams

/// Where a YAML error sits in the case's tree, for its diagnostic's path: Yams reports a line and
/// column only, and drops the tree it was building. Each path is found by reading the text again
/// (only after an error, a bounded number of times), so the cost stays linear in the text.
extension CaseNode {
    /// The path of the last field read before `mark` (`debtor.name`, `income[1].source`): the text up
    /// to there is read again, and the last key of the last object, all the way down, is the field.
    /// When that prefix does not read either, it is cut back to where the construct that failed
    /// began (an unclosed bracket or quote) or to the line before, a few times at most.
    static func lastFieldPath(before mark: Mark, in text: String) -> String {
        let scalars = text.unicodeScalars
        var cut = index(of: mark, in: scalars)
        for _ in 0..<4 where cut > scalars.startIndex {
            let prefix = String(scalars[..<cut])
            do {
                return try Parser(yaml: prefix).singleRoot().map(lastPath(in:)) ?? ""
            } catch {
                let next = (error as? YamlError).flatMap(mark(of:)).map { index(of: $0, in: scalars) }
                cut = next.flatMap { $0 < cut ? $0 : nil } ?? startOfLine(before: cut, in: scalars)
            }
        }
        return ""
    }

    /// The path of `key`, which Yams found twice in one object at `mark`: the key there is renamed
    /// (to a name the file cannot hold twice), the text read again, and the renamed key looked up.
    /// Another repeated key renames that one too, up to eight.
    static func pathOfDuplicate(_ key: String, at mark: Mark, in text: String) -> String {
        var text = text
        var mark = mark
        for attempt in 0..<8 {
            let at = index(of: mark, in: text.unicodeScalars)
            text.unicodeScalars.insert(contentsOf: "redress-duplicate-\(attempt)-".unicodeScalars, at: at)
            do {
                guard let root = try Parser(yaml: text).singleRoot() else { return "" }
                var budget = text.utf8.count + 1_000
                guard let parent = parentPath(ofKeyStartingWith: "redress-duplicate-0-", in: root, at: "", budget: &budget)
                else { return "" }
                return parent.isEmpty ? key : parent + "." + key
            } catch YamlError.duplicatedKeysInMapping(_, let context) {
                mark = context.mark
            } catch {
                return ""
            }
        }
        return ""
    }

    /// The path of the object holding a key that starts with `marker`, depth first; nil when there
    /// is none or the walk runs past `budget` nodes.
    private static func parentPath(
        ofKeyStartingWith marker: String, in node: Node, at path: String, budget: inout Int
    ) -> String? {
        budget -= 1
        guard budget > 0 else { return nil }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                if name.hasPrefix(marker) { return path }
                let inner = path.isEmpty ? name : path + "." + name
                if let found = parentPath(ofKeyStartingWith: marker, in: value, at: inner, budget: &budget) { return found }
            }
        case .sequence(let sequence):
            for (position, item) in sequence.enumerated() {
                let inner = path + "[" + String(position) + "]"
                if let found = parentPath(ofKeyStartingWith: marker, in: item, at: inner, budget: &budget) { return found }
            }
        default:
            break
        }
        return nil
    }

    /// The last key of the last object (or item of the last list), followed down the tree.
    private static func lastPath(in root: Node) -> String {
        var path = ""
        var node = root
        for _ in 0..<maximumDepth {
            switch node {
            case .mapping(let mapping) where !mapping.isEmpty:
                let (key, value) = mapping[mapping.endIndex - 1]
                guard let name = key.string else { return path }
                path += path.isEmpty ? name : "." + name
                node = value
            case .sequence(let sequence) where !sequence.isEmpty:
                path += "[" + String(sequence.count - 1) + "]"
                node = sequence[sequence.endIndex - 1]
            default:
                return path
            }
        }
        return path
    }

    /// Where a Yams error points, or where the construct it was reading began when that is earlier.
    private static func mark(of error: YamlError) -> Mark? {
        switch error {
        case let .scanner(context, _, mark, _), let .parser(context, _, mark, _), let .composer(context, _, mark, _):
            return earlier(context?.mark, mark)
        case let .duplicatedKeysInMapping(_, context):
            return context.mark
        default:
            return nil
        }
    }

    /// `first` when it comes before `second`, else `second`.
    private static func earlier(_ first: Mark?, _ second: Mark) -> Mark {
        guard let first, (first.line, first.column) < (second.line, second.column) else { return second }
        return first
    }

    /// The position of a 1-based line and column (in Unicode scalars, as Yams counts them); the end
    /// of the text when the mark is past it.
    private static func index(of mark: Mark, in scalars: String.UnicodeScalarView) -> String.Index {
        var line = 1
        var column = 1
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if line > mark.line || (line == mark.line && column >= mark.column) { return i }
            if scalars[i] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            scalars.formIndex(after: &i)
        }
        return i
    }

    /// The start of the line that holds the scalar just before `index`.
    private static func startOfLine(before index: String.Index, in scalars: String.UnicodeScalarView) -> String.Index {
        var i = index
        if i > scalars.startIndex { scalars.formIndex(before: &i) }
        while i > scalars.startIndex, scalars[scalars.index(before: i)] != "\n" { scalars.formIndex(before: &i) }
        return i
    }
}
