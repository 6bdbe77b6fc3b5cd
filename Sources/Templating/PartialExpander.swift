/// Replaces `{{> name}}` tags with the partial's lines, as if its text were written there.
///
/// A tag alone on its line is replaced by the partial's lines; a tag inside a line splices the
/// partial's first line into it (and its last line takes the rest of the line). Every piece
/// keeps its own file position, so errors inside a partial point into the partial.
struct PartialExpander {
    /// A partial's scanned lines and the file they came from.
    struct Partial {
        var lines: [TemplateLine]
        var path: String
    }

    /// Partials by name, then by language ("" for a language-neutral partial).
    var partials: [String: [String: Partial]] = [:]

    /// The partial to use for `name` in `language`: that language, its base language, neutral.
    func lookup(_ name: String, language: String) -> Partial? {
        guard let byLanguage = partials[name] else { return nil }
        let base = String(language.split(separator: "-").first ?? "")
        return byLanguage[language] ?? byLanguage[base] ?? byLanguage[""]
    }

    /// `lines` with every partial tag expanded, recursively; `chain` detects recursion. At most
    /// ``TemplateLimits/partialDepth`` partials deep and ``TemplateLimits/expandedLines`` lines
    /// in all, so that partials including each other several times cannot multiply without end.
    func expand(_ lines: [TemplateLine], language: String, diagnostics: inout [TemplateDiagnostic]) -> [TemplateLine] {
        var budget = TemplateLimits.expandedLines
        return expand(lines, language: language, chain: [], budget: &budget, diagnostics: &diagnostics)
    }

    private func expand(
        _ lines: [TemplateLine], language: String, chain: [String], budget: inout Int,
        diagnostics: inout [TemplateDiagnostic]
    ) -> [TemplateLine] {
        guard budget >= 0 else { return [] }
        var out: [TemplateLine] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            guard line.pieces.contains(where: { if case .tag(.partial, _) = $0 { true } else { false } }) else {
                out.append(line)
                continue
            }
            if let (tag, position) = line.standaloneTag, case .partial(let name) = tag {
                out += included(name, at: position, language: language, chain: chain, budget: &budget, diagnostics: &diagnostics) ?? []
                continue
            }
            var current: [TemplateLine.Piece] = []
            var currentStart = line.position
            for piece in line.pieces {
                guard case .tag(.partial(let name), let position) = piece else { current.append(piece); continue }
                guard let lines = included(name, at: position, language: language, chain: chain, budget: &budget, diagnostics: &diagnostics),
                    let first = lines.first
                else { continue }
                current += first.pieces
                if lines.count > 1 {
                    out.append(TemplateLine(pieces: current, position: currentStart))
                    out += lines.dropFirst().dropLast()
                    current = lines[lines.count - 1].pieces
                    currentStart = lines[lines.count - 1].position
                }
            }
            out.append(TemplateLine(pieces: current, position: currentStart))
        }
        return out
    }

    private func included(
        _ name: String, at position: SourcePosition, language: String, chain: [String],
        budget: inout Int, diagnostics: inout [TemplateDiagnostic]
    ) -> [TemplateLine]? {
        guard budget >= 0 else { return nil }
        guard let partial = lookup(name, language: language) else {
            let known = partials.keys.sorted()
            diagnostics.append(
                .init(
                    "no partial named '\(name)' for language '\(language)'\(Suggestion.hint(for: name, in: known)); expected a file partials/\(name).\(language).md or partials/\(name).md",
                    at: position))
            return nil
        }
        if chain.contains(name) {
            diagnostics.append(.init("partial '\(name)' includes itself (\((chain + [name]).joined(separator: " → ")))", at: position))
            return nil
        }
        if chain.count >= TemplateLimits.partialDepth {
            diagnostics.append(
                .init(
                    "partials nested too deeply: more than \(TemplateLimits.partialDepth) included inside one another (\((chain.prefix(3) + ["…", name]).joined(separator: " → ")))",
                    at: position))
            return nil
        }
        budget -= partial.lines.count
        if budget < 0 {
            diagnostics.append(
                .init(
                    "partials expand to more than \(TemplateLimits.expandedLines) lines (a partial included many times, inside others that are too); include fewer",
                    at: position))
            return nil
        }
        return expand(partial.lines, language: language, chain: chain + [name], budget: &budget, diagnostics: &diagnostics)
    }
}
