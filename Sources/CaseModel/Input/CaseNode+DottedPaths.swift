extension CaseNode {
    /// Why a row of dotted paths could not become a tree; lists every bad path at once.
    public enum DottedPathError: Error, Sendable, Hashable {
        /// One or more paths are malformed, clash with each other, or leave gaps in a list.
        case invalidPaths([CaseDiagnostic])

        /// The problems, each at its path.
        public var diagnostics: [CaseDiagnostic] {
            switch self {
            case .invalidPaths(let list): return list
            }
        }
    }

    /// Builds a tree from (dotted path, text) pairs such as a CSV header and row:
    /// `debtor.name`, `debtor.address.zip`, `income[0].source`, `actions.levies[0].deposits[1].amount`.
    ///
    /// Every value becomes a string; the decoder reads numbers, amounts and bools from text. Empty
    /// cells are skipped, so a wide sheet with unused columns is fine. List indexes start at 0 and
    /// must not leave gaps among the items that have any value.
    public init(dottedPaths pairs: [(String, String)]) throws(DottedPathError) {
        var root = Draft.object([])
        var problems: [CaseDiagnostic] = []
        for (path, cell) in pairs {
            let value = cell.trimmingWhitespace
            guard !value.isEmpty else { continue }
            guard let steps = Step.parse(path) else {
                problems.append(
                    .error(
                        path, "not a field path",
                        hint: "write names joined by dots, with [0], [1]… after a list's name"))
                continue
            }
            if !root.insert(value, at: steps[...]) {
                problems.append(
                    .error(
                        path, "clashes with another column for the same field",
                        hint: "a field is either a value or an object/list, and appears once"))
            }
        }
        let node = root.node(path: "", problems: &problems)
        guard problems.isEmpty else { throw .invalidPaths(problems) }
        self = node
    }
}

/// One step of a dotted path: a key, or an index into a list.
private enum Step: Equatable {
    case key(String)
    case index(Int)

    static func parse(_ path: String) -> [Step]? {
        var steps: [Step] = []
        for part in path.trimmingWhitespace.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            let name = rest.prefix { $0 != "[" }
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
            steps.append(.key(String(name)))
            rest = rest.dropFirst(name.count)
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return nil }
                let digits = rest[rest.index(after: rest.startIndex)..<close]
                guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isASCIIDigit), let n = Int(digits) else {
                    return nil
                }
                steps.append(.index(n))
                rest = rest[rest.index(after: close)...]
            }
        }
        return steps.isEmpty ? nil : steps
    }
}

/// A tree under construction, where lists are sparse until every cell is placed.
private indirect enum Draft {
    case value(String)
    case object([(String, Draft)])
    case list([Int: Draft])

    /// Places `value` at `steps`; false when the path clashes with one already placed.
    mutating func insert(_ value: String, at steps: ArraySlice<Step>) -> Bool {
        guard let step = steps.first else { return false }
        let rest = steps.dropFirst()
        let fresh: Draft? = rest.first.map { if case .index = $0 { return .list([:]) } else { return .object([]) } }
        switch (self, step) {
        case (.object(var entries), .key(let key)):
            let at = entries.firstIndex { $0.0 == key }
            var child = at.map { entries[$0].1 } ?? fresh ?? .value(value)
            if at != nil, fresh == nil { return false }
            if fresh != nil, !(child.insert(value, at: rest)) { return false }
            if let at { entries[at].1 = child } else { entries.append((key, child)) }
            self = .object(entries)
            return true
        case (.list(var items), .index(let index)):
            if items[index] != nil, fresh == nil { return false }
            var child = items[index] ?? fresh ?? .value(value)
            if fresh != nil, !(child.insert(value, at: rest)) { return false }
            items[index] = child
            self = .list(items)
            return true
        default:
            return false
        }
    }

    /// The finished node; gaps in lists are reported at the missing index.
    func node(path: String, problems: inout [CaseDiagnostic]) -> CaseNode {
        switch self {
        case .value(let text):
            return .string(text)
        case .object(let entries):
            return .mapping(
                entries.map { key, child in
                    CaseNode.Entry(key, child.node(path: path.isEmpty ? key : path + "." + key, problems: &problems))
                })
        case .list(let items):
            let count = (items.keys.max() ?? -1) + 1
            var nodes: [CaseNode] = []
            for i in 0..<count {
                guard let item = items[i] else {
                    problems.append(
                        .error(
                            "\(path)[\(i)]", "missing: items \(path)[0], [1]… must have no gaps",
                            hint: "renumber the columns, or fill in this item"))
                    continue
                }
                nodes.append(item.node(path: "\(path)[\(i)]", problems: &problems))
            }
            return .sequence(nodes)
        }
    }
}
