/// "Did you mean …?": the closest known name to a misspelt one, by edit distance.
enum Suggestion {
    /// The candidate nearest to `word`, if it is near enough to be a likely typo. Of equally near
    /// candidates the first by name wins, whatever order they come in.
    ///
    /// Names are compared lowercased and without `_`, `-` and spaces, so `accountNumber` finds
    /// `account_number`; a match must be within a third of the word's length (at least one edit).
    /// No hint for a word longer than this (a typo of a name is short), nor from more candidates
    /// than ``maxCandidates``: each comparison costs the product of two lengths.
    static let maxLength = 64
    static let maxCandidates = 10_000

    static func closest(to word: String, in candidates: [String]) -> String? {
        guard word.utf8.count <= maxLength else { return nil }
        let target = normalized(word)
        var best: (name: String, distance: Int)?
        for candidate in candidates.prefix(maxCandidates) where candidate.utf8.count <= maxLength {
            let d = distance(target, normalized(candidate))
            if let current = best, (current.distance, current.name) <= (d, candidate) { continue }
            best = (candidate, d)
        }
        guard let best, best.distance <= max(1, min(3, target.count / 3)) else { return nil }
        return best.name
    }

    /// Lowercased, without separators.
    static func normalized(_ s: String) -> String {
        String(s.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, rows[i - 2][j - 2] + 1) }
                rows[i][j] = d
            }
        }
        return rows[a.count][b.count]
    }
}
