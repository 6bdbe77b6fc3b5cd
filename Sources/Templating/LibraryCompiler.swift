/// Compiles a set of sources: partials first, then each document with its partials inlined.
struct LibraryCompiler {
    /// Every problem, each once; sorted by file (in source order), line and column at the end.
    private(set) var diagnostics: [TemplateDiagnostic] = []
    private var seen: Set<TemplateDiagnostic> = []

    /// The compiled documents, sorted: every one, or those whose id is in `wanted`.
    mutating func compile(_ sources: [TemplateSource], only wanted: Set<String>? = nil) -> [CompiledTemplate] {
        var expander = PartialExpander()
        var documents: [(source: TemplateSource, parsed: FrontMatter.Parsed, lines: [TemplateLine])] = []
        for source in sources {
            var found: [TemplateDiagnostic] = []
            let isPartial = Self.partialName(source.path) != nil
            let parsed = FrontMatter.parse(source.text, file: source.path, required: !isPartial, diagnostics: &found)
            if !isPartial, let wanted, let id = parsed.frontMatter?.id, !wanted.contains(id) { continue }
            let scanner = Scanner(text: parsed.body, file: source.path, firstLine: parsed.bodyLine)
            add(found + scanner.diagnostics)
            if let (name, language) = Self.partialName(source.path) {
                if let other = expander.partials[name]?[language] {
                    add([
                        .init(
                            "partial '\(name)'\(language.isEmpty ? "" : " (language \(language))") is also defined in \(other.path)",
                            at: SourcePosition(file: source.path, line: 1, column: 1, sourceLine: scanner.lines.first?.position.sourceLine ?? ""))
                    ])
                }
                expander.partials[name, default: [:]][language] = .init(lines: scanner.lines, path: source.path)
            } else {
                documents.append((source, parsed, scanner.lines))
            }
        }
        var compiled: [CompiledTemplate] = []
        var keys: [String: String] = [:]
        for document in documents {
            guard let frontMatter = document.parsed.frontMatter else { continue }
            let key = "\(frontMatter.id)\u{0}\(frontMatter.language)"
            if let other = keys[key] {
                add([
                    .init(
                        "duplicate template '\(frontMatter.id)' for language '\(frontMatter.language)'; it is also defined in \(other)",
                        at: document.parsed.idPosition)
                ])
                continue
            }
            keys[key] = document.source.path
            var found: [TemplateDiagnostic] = []
            let lines = expander.expand(document.lines, language: frontMatter.language, diagnostics: &found)
            let blocks = BlockParser.parse(lines, diagnostics: &found)
            let applicability = FrontMatter.Applicability.compile(
                frontMatter, text: document.source.text, file: document.source.path, diagnostics: &found)
            add(found)
            compiled.append(
                CompiledTemplate(
                    frontMatter: frontMatter, blocks: blocks, path: document.source.path,
                    appliesWhen: applicability.condition, packetOrder: applicability.packetOrder,
                    frontMatterSites: .locate(in: document.source.text, file: document.source.path)))
        }
        let fileOrder = Dictionary(sources.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        diagnostics = diagnostics.enumerated().sorted { a, b in
            let x = a.element.location, y = b.element.location
            let keyA = (fileOrder[x.file] ?? .max, x.line, x.column, a.offset), keyB = (fileOrder[y.file] ?? .max, y.line, y.column, b.offset)
            return keyA < keyB
        }.map(\.element)
        return compiled.sorted(by: Self.order)
    }

    private mutating func add(_ found: [TemplateDiagnostic]) {
        for diagnostic in found where seen.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }

    /// Library order: by id, then language.
    static func order(_ a: CompiledTemplate, _ b: CompiledTemplate) -> Bool {
        (a.frontMatter.id, a.frontMatter.language) < (b.frontMatter.id, b.frontMatter.language)
    }

    /// For a partial's path, its name and language ("" when neutral); nil for a document.
    static func partialName(_ path: String) -> (String, String)? {
        let components = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        guard components.dropLast().contains("partials"), let file = components.last else { return nil }
        var parts = file.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 1 { parts.removeLast() }
        if parts.count > 1, let last = parts.last, (2...3).contains(last.count) || (last.count == 5 && last.contains("-")),
            last.allSatisfy({ $0.isLetter || $0 == "-" })
        {
            let language = parts.removeLast()
            return (parts.joined(separator: "."), language)
        }
        return (parts.joined(separator: "."), "")
    }

    /// The key a source replaces in another library: a partial's name and language, or a
    /// document's id and language read from its front matter (nil if unreadable).
    static func key(_ source: TemplateSource) -> String? {
        if let (name, language) = partialName(source.path) { return "partial\u{0}\(name)\u{0}\(language)" }
        var ignored: [TemplateDiagnostic] = []
        guard let frontMatter = FrontMatter.parse(source.text, file: source.path, required: true, diagnostics: &ignored).frontMatter else { return nil }
        return "document\u{0}\(frontMatter.id)\u{0}\(frontMatter.language)"
    }
}
