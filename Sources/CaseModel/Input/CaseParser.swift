/// Reads case files: text (YAML or JSON), a tree, or a CSV row's dotted paths, into a validated `Case`.
///
/// Every entry point reports every problem it can find at once, each with its field path, and
/// never reads the clock: `asOf` is the day against which dates are judged ("in the future").
public struct CaseParser {
    /// Parses a YAML or JSON case file.
    public static func parse(_ text: String, format: CaseFileFormat, asOf: CalendarDate) -> CaseParseResult {
        // U+FEFF is a grapheme of its own (a control), so this is `hasPrefix("\u{FEFF}")` without the
        // character comparison, which cost more than reading a small case's dates (callgrind).
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.dropFirst()) : text
        do {
            // JSON is read straight into the flat tree the decoder reads, the fast path of a batch.
            let tree = try format == .json ? JSONReader.flatTree(body) : FlatTree(CaseNode(yaml: body))
            return parse(tree, asOf: asOf)
        } catch {
            return CaseParseResult(value: nil, diagnostics: [error.diagnostic])
        }
    }

    /// The top-level `id` of a case file, read without validating the case, as the decoder reads
    /// it: with the JSON reader up to that field, or from the YAML file's top-level `id:` line.
    /// Nil when absent, null, blank or not a scalar.
    public static func caseID(in text: String, format: CaseFileFormat) -> String? {
        guard format == .yaml else { return JSONReader.topLevelID(in: text) }
        // The one line, read by the YAML reader: quotes, escapes and comments as in the whole file.
        guard
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)
                .first(where: { $0.hasPrefix("id:") || $0.hasPrefix("\u{FEFF}id:") }),
            case .mapping(let entries)? = try? CaseNode(yaml: String(line.drop { $0 == "\u{FEFF}" })),
            let id = entries.first?.value.scalarText?.trimmingWhitespace, !id.isEmpty
        else { return nil }
        return id
    }

    /// Validates an already-built tree (from any source) into a case.
    public static func parse(_ node: CaseNode, asOf: CalendarDate) -> CaseParseResult {
        parse(FlatTree(node), asOf: asOf)
    }

    /// Validates a tree laid out flat into a case.
    static func parse(_ tree: consuming FlatTree, asOf: CalendarDate) -> CaseParseResult {
        var decoder = CaseDecoder(tree: tree)
        // The case is moved into the result, never copied: a copy of a whole case is some fifty
        // reference counts per record (counted with perf probes).
        guard let value = decoder.readCase(), !decoder.diagnostics.contains(where: { $0.severity == .error }) else {
            return CaseParseResult(value: nil, diagnostics: decoder.diagnostics)
        }
        let warnings = CaseChecks(asOf: asOf).warnings(for: value)
        return CaseParseResult(value: consume value, diagnostics: decoder.diagnostics + warnings)
    }

    /// Validates one CSV row given as (dotted path, cell) pairs, such as `("income[0].source", "ssi")`.
    /// Empty cells count as absent.
    public static func parse(dottedPaths row: [(String, String)], asOf: CalendarDate) -> CaseParseResult {
        do {
            return parse(try CaseNode(dottedPaths: row), asOf: asOf)
        } catch {
            return CaseParseResult(value: nil, diagnostics: error.diagnostics)
        }
    }
}
