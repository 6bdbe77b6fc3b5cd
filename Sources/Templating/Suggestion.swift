/// "Did you mean …?" hints for misspelt names (filters, div styles, fields).
enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely typo. Of equally close
    /// candidates the first by name wins, so the hint never depends on a dictionary's order.
    /// No hint for a word longer than this (a typo of a name is short), nor from more candidates
    /// than ``maxCandidates``: each comparison costs the product of two lengths.
    static let maxLength = 64
    static let maxCandidates = 10_000

    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        guard word.utf8.count <= maxLength else { return nil }
        let limit = max(1, word.count / 3)
        let lowered = word.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in candidates.prefix(maxCandidates) {
            guard candidate.utf8.count <= maxLength, abs(candidate.count - word.count) <= limit else { continue }
            let distance = editDistance(lowered, candidate.lowercased())
            guard distance <= limit else { continue }
            if let current = best, (current.distance, current.name) <= (distance, candidate) { continue }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// " (did you mean 'x'?)" or "".
    static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Edit distance counting a swap of two neighbours as one edit (optimal string alignment),
    /// since "nmae" for "name" is the commonest typo.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
