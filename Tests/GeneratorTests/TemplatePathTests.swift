import CaseModel
import Foundation
import Generator
import LegalRules
import Templating
import Testing

/// Every path a built-in template reads must exist: a typo inside a rarely taken `{{#if}}` would
/// otherwise only show in production (and `--draft` would print a placeholder over it).
@Suite struct TemplatePathTests {
    /// Paths that are legitimately outside the known set, each with its reason. Keep it short.
    static let allowed: Set<String> = []

    /// The samples that parse (invalid.yaml is there to fail).
    static let samples = ["demo.yaml", "ca-nonjudicial-bank-levy.yaml", "ny-judicial-wage-garnishment.yaml", "tx-vehicle-repossession.yaml"]

    /// Every path a template may read: the case schema, what `CaseContext` adds, and the analysis.
    static let known: Set<String> = {
        var paths: Set<String> = []
        // Case file fields; `[]` marks list items.
        func walk(_ spec: ObjectSpec, under prefix: String) {
            if spec.name == "Address" { paths.insert(prefix + "lines"); paths.insert(prefix + "lines[]") }
            for field in spec.fields {
                var path = prefix + field.key
                paths.insert(path)
                if case .list = field.type { path += "[]"; paths.insert(path) }
                if case .object(let name) = field.type.elementType { walk(CaseSchema.object(name), under: path + ".") }
            }
        }
        walk(CaseSchema.object(CaseSchema.rootName), under: "")
        // What CaseContext adds next to the case.
        paths.formUnion(["today", "language", "recipient", "recipient_role", "first_contact"])
        let root = CaseSchema.object(CaseSchema.rootName)
        if case .object(let party)? = root.field("collector")?.type { walk(CaseSchema.object(party), under: "recipient.") }
        if case .object(let contact)? = root.field("contacts")?.type.elementType { walk(CaseSchema.object(contact), under: "first_contact.") }
        // The analysis: every key path it has for any sample, in either language.
        func keys(_ value: TemplateValue, under path: String) {
            paths.insert(path)
            switch value.resolved {
            case .map(let fields): for (key, inner) in fields.compactMapValues(\.found) { keys(inner, under: path + "." + key) }
            case .list(let items):
                paths.insert(path + "[]")
                for item in items { keys(item, under: path + "[]") }
            default: break
            }
        }
        for name in samples {
            guard let theCase = try? Repository.sample(name) else { continue }
            for language in ["en", "es"] {
                let context = CaseContext.make(for: theCase, today: Repository.asOf, language: language)
                if let value = context.value(at: "analysis") { keys(value, under: "analysis") }
            }
        }
        // Keys the samples do not exercise (optional values are absent), from the documented table.
        paths.formUnion(documentedAnalysisPaths())
        // An exemption claim's `deadline` is a `CaseAnalysis.Deadline`, the type of `deadlines[]`
        // entries, so it has the same keys (`needs` appears only when no sample has the date).
        for path in paths where path.hasPrefix("analysis.deadlines[].") {
            paths.insert("analysis.exemption_claims[].deadline." + path.dropFirst("analysis.deadlines[].".count))
        }
        return paths
    }()

    @Test func aTypoInARarelyTakenBranchIsReported() throws {
        let text = """
            ---
            id: typo
            title: Typo
            requires: [debtor.name, colector.name]
            applies_when: analysis.levies or actions.garnishment
            ---
            {{#if analysis.levies}}Dear {{debtor.nmae}},{{/if}}

            {{#each debt.dispute_reasons}}
            - {{this}} {{lable}}
            {{/each}}
            """
        let library = try TemplateLibrary(sources: [TemplateSource(path: "typo.md", text: text)])
        #expect(
            Self.unknownPaths(in: library.templates) == [
                "typo.md:4:25: unknown path 'colector.name' (requires)",
                "typo.md:5:15: unknown path 'actions.garnishment' (applies_when)",
                "typo.md:7:29: unknown path 'debtor.nmae' (hole)",
                "typo.md:10:12: unknown path 'lable' (hole)",
            ])
    }

    /// Each reference none of whose candidates is known or allowed, as `file:line:column: …`,
    /// once each, in file and line order.
    static func unknownPaths(in templates: [CompiledTemplate]) -> [String] {
        var seen: Set<String> = []
        var unknown: [(TemplateDiagnostic.Location, String)] = []
        for template in templates {
            for reference in template.referencedPaths
            where !reference.candidates.contains(where: { known.contains($0) || allowed.contains($0) }) {
                let line = "\(reference.location): unknown path '\(reference.path)' (\(reference.site.rawValue))"
                if seen.insert(line).inserted { unknown.append((reference.location, line)) }
            }
        }
        return unknown.sorted { ($0.0.file, $0.0.line, $0.0.column) < ($1.0.file, $1.0.line, $1.0.column) }.map(\.1)
    }

    /// The paths of the key table in docs/analysis.md: `| \`levies[]\` | \`bank\`, \`other_exempt_deposits[]\` (\`source\`, …) |`
    /// gives `analysis.levies[].bank` and `analysis.levies[].other_exempt_deposits[].source`. A
    /// parenthesis after a name lists its fields or its values; both are taken, which can only
    /// admit a path nobody writes.
    static func documentedAnalysisPaths() -> Set<String> {
        guard let text = try? String(contentsOfFile: Repository.root + "/docs/analysis.md", encoding: .utf8),
            let table = text.components(separatedBy: "## For templates and scripts").last
        else { return [] }
        var paths: Set<String> = []
        for line in table.split(separator: "\n") where line.hasPrefix("| `") {
            let columns = line.split(separator: "|", omittingEmptySubsequences: false)
            guard columns.count >= 3 else { continue }
            for base in names(in: columns[1]).map({ "analysis." + $0 }) {
                paths.insert(base)
                var stack = [base], last = base, name = ""
                var inName = false
                for character in columns[2...].joined(separator: "|") {
                    switch character {
                    case "`" where inName:
                        inName = false
                        if name.allSatisfy({ $0.isLowercase || $0.isNumber || "_[]".contains($0) }), !name.isEmpty {
                            last = stack[stack.count - 1] + "." + name
                            paths.insert(last)
                            if name.hasSuffix("[]") { paths.insert(String(last.dropLast(2))) }
                        }
                    case "`": inName = true; name = ""
                    case _ where inName: name.append(character)
                    case "(": stack.append(last)
                    case ")" where stack.count > 1: stack.removeLast()
                    default: break
                    }
                }
            }
        }
        return paths
    }

    /// The backticked names in one table cell.
    private static func names(in cell: Substring) -> [String] {
        cell.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    @Test func theKnownSetHasEachSource() {
        for path in [
            "debtor.name", "contacts[].date", "actions.levies[].deposits[].source", "analysis.garnishments[].over_withheld", "collector.address.lines",
            "recipient.address.zip",
            "first_contact.date", "today", "analysis",
        ] {
            #expect(Self.known.contains(path), "\(path)")
        }
        #expect(Self.known.contains { $0.hasPrefix("analysis.") })
        #expect(!Self.known.contains("debtor.nmae"))
    }

    @Test func everyBuiltInTemplateReadsOnlyKnownPaths() throws {
        let templates = Repository.library.templates
        #expect(Set(templates.map(\.frontMatter.language)) == ["en", "es"])
        let report = Self.unknownPaths(in: templates)
        #expect(report.isEmpty, "\(report.count) unknown path(s):\n\(report.joined(separator: "\n"))")
        #expect(templates.allSatisfy { !$0.referencedPaths.isEmpty })
    }
}
