extension Renderer {
    /// Prints one hole: resolve, filter, format, and always insert as text.
    mutating func fill(_ hole: Hole, into builder: inout InlineBuilder) {
        var value: TemplateValue?
        switch hole.operand {
        case .reference(let reference): value = self.value(of: reference)
        case .literal(let literal): value = literal
        default: value = hole.operand.evaluate { self.value(of: $0) }
        }
        // `{{address.lines | lines}}`: the items are added line by line, instead of joined with
        // line feeds only for the builder to split the joined text at them again.
        if hole.filters.count == 1, hole.filters[0].filter == .lines, case .list(let items)? = value,
            write(items.reduce(0) { if case .string(let s) = $1 { $0 + s.utf8.count } else { $0 } }),
            builder.appendLines(items)
        {
            return
        }
        for call in hole.filters {
            if call.filter == .default {
                if value?.isNullOrEmptyString ?? true { value = call.arguments[0] }
                continue
            }
            guard let present = value, present != .null else { break }
            switch call.apply(to: present, language: language) {
            case .success(let result): value = result
            case .failure(let problem): return unusable(hole, problem.message, into: &builder)
            }
        }
        guard let present = value, present != .null else { return missing(hole, into: &builder) }
        switch present.displayText(language: language) {
        case .success(let text):
            guard write(text.utf8.count) else { return }
            builder.appendValue(text)
        case .failure(let problem): unusable(hole, "'\(spelling(hole))': \(problem.message)", into: &builder)
        }
    }

    private mutating func missing(_ hole: Hole, into builder: inout InlineBuilder) {
        guard !draft else { return builder.appendValue(placeholder(hole)) }
        report("no value for '\(spelling(hole))'\(suggestion(hole)); supply it, or write {{ \(spelling(hole)) | default: \"…\" }}", at: hole.position)
    }

    private mutating func unusable(_ hole: Hole, _ message: String, into builder: inout InlineBuilder) {
        guard !draft else { return builder.appendValue(placeholder(hole)) }
        report(message, at: hole.position)
    }

    private func spelling(_ hole: Hole) -> String {
        if case .reference(let reference) = hole.operand { return reference.spelling }
        return "value"
    }

    private func placeholder(_ hole: Hole) -> String {
        if case .reference(let reference) = hole.operand { return reference.placeholder }
        return "[VALUE]"
    }

    /// " (did you mean 'debtor.name'?)" when a sibling key is a likely typo.
    private func suggestion(_ hole: Hole) -> String {
        guard case .reference(.path(let parts, _)) = hole.operand else { return "" }
        if parts.count == 1 { return Suggestion.hint(for: parts[0], in: visibleNames) }
        guard case .map(let fields)? = resolve(.path(Array(parts.dropLast()))),
            let close = Suggestion.closest(to: parts[parts.count - 1], in: fields.keys.sorted())
        else { return "" }
        return " (did you mean '\((parts.dropLast() + [close]).joined(separator: "."))'?)"
    }

}
