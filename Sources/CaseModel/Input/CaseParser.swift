/// Reads case files: text (YAML or JSON), a tree, or a CSV row's dotted paths, into a validated `Case`.
///
/// Every entry point reports every problem it can find at once, each with its field path, and
/// never reads the clock: `asOf` is the day against which dates are judged ("in the future").
public struct CaseParser {
    /// Parses a YAML or JSON case file.
    public static func parse(_ text: String, format: CaseFileFormat, asOf: CalendarDate) -> CaseParseResult {
        // JSON goes through the YAML parser too: JSON is YAML 1.2 flow syntax, so one reader (and one
        // set of line/column messages) serves both. A tab-indented or BOM-prefixed JSON file still reads.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        do {
            let node = try CaseNode(yaml: format == .json ? body.preparedJSON : body)
            return parse(node, asOf: asOf)
        } catch {
            return CaseParseResult(value: nil, diagnostics: [error.diagnostic])
        }
    }

    /// Validates an already-built tree (from any source) into a case.
    public static func parse(_ node: CaseNode, asOf: CalendarDate) -> CaseParseResult {
        var decoder = CaseDecoder()
        let value = decoder.readCase(node)
        var diagnostics = decoder.diagnostics
        guard let value, !diagnostics.contains(where: { $0.severity == .error }) else {
            return CaseParseResult(value: nil, diagnostics: diagnostics)
        }
        diagnostics += CaseChecks(asOf: asOf).warnings(for: value)
        return CaseParseResult(value: value, diagnostics: diagnostics)
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

extension String {
    /// JSON text adjusted where JSON and YAML 1.2 disagree: tabs outside strings (JSON allows tab
    /// indentation, YAML does not) become spaces, and a UTF-16 surrogate pair escape such as
    /// `\ud83d\ude00` (which YAML rejects) becomes the equivalent `\U0001f600`.
    var preparedJSON: String {
        var out = ""
        var inString = false
        var scalars = Array(unicodeScalars)[...]
        while let ch = scalars.popFirst() {
            if !inString {
                if ch == "\"" { inString = true }
                out.unicodeScalars.append(ch == "\t" ? " " : ch)
                continue
            }
            switch ch {
            case "\"":
                inString = false
                out.unicodeScalars.append(ch)
            case "\\":
                if let high = String.surrogateEscape(scalars, in: 0xD800...0xDBFF),
                   scalars.dropFirst(5).first == "\\",
                   let low = String.surrogateEscape(scalars.dropFirst(6), in: 0xDC00...0xDFFF) {
                    let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    let hex = String(value, radix: 16)
                    out += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                    scalars = scalars.dropFirst(11)
                } else {
                    out.unicodeScalars.append(ch)
                    if let next = scalars.popFirst() { out.unicodeScalars.append(next) }
                }
            default:
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// The code unit of a `uXXXX` escape (after its backslash) at the start of `text`, if in `range`.
    private static func surrogateEscape(_ text: ArraySlice<Unicode.Scalar>, in range: ClosedRange<Int>) -> Int? {
        let chars = text.prefix(5)
        guard chars.count == 5, chars.first == "u",
              let value = Int(String(String.UnicodeScalarView(chars.dropFirst())), radix: 16),
              range.contains(value) else { return nil }
        return value
    }
}
