import CaseModel
import Foundation
@testable import Generator
import LegalRules
import Templating
import Testing

/// The context is the case under its schema's names, plus the analysis under its JSON names: one
/// conversion per type (`Sources/Generator/Context`), checked here against both.
@Suite struct CaseContextTests {
    /// A case with every field of the schema filled in, one item in every list.
    static let everything: Case = {
        func value(_ type: FieldType, key: String) -> Any {
            switch type {
            case .text: return "Text of \(key)"
            case .money: return "1234.56"
            case .date: return "2026-01-02"
            case .boolean: return true
            case .time: return key == "to" ? "5:30 pm" : "9:00 am"
            case .count: return 2
            case .percentage: return "6.5%"
            case .acres: return "2.5"
            case .zip: return "12345"
            case .state: return "NY"
            case .email: return "someone@example.org"
            case .ssn: return "123-45-6789"
            case .accountNumber: return "ACCT-0012345678"
            case .last4: return "1234"
            // Forbidden media must differ from allowed ones; the last value for a kind of asset
            // (`other`) allows every other field.
            case .choice(let values): return key == "forbidden_media" ? values[values.count - 1] : key == "kind" ? values[values.count - 1] : values[0]
            case .partyReference: return "collector"
            case .object(let name): return object(CaseSchema.object(name))
            case .list(let inner): return [value(inner, key: key)]
            }
        }
        func object(_ spec: ObjectSpec) -> [String: Any] {
            Dictionary(uniqueKeysWithValues: spec.fields.map { ($0.key, value($0.type, key: $0.key)) })
        }
        let data = try! JSONSerialization.data(withJSONObject: object(CaseSchema.object(CaseSchema.rootName)), options: .sortedKeys)
        let result = CaseParser.parse(String(decoding: data, as: UTF8.self), format: .json, asOf: Repository.asOf)
        guard let theCase = result.value else { fatalError("the every-field case does not parse: \(result.errors)") }
        return theCase
    }()

    /// The fields the context adds beside the case's own (`language` is the case's, replaced by the
    /// language rendered in).
    static let derived: Set<String> = ["today", "analysis", "recipient", "recipient_role", "first_contact"]

    @Test func theContextHasEveryFieldOfTheSchemaAndNoOther() throws {
        guard case .map(var root) = CaseContext.make(for: Self.everything, today: Repository.asOf, language: "en") else {
            Issue.record("a context is a map")
            return
        }
        #expect(Set(root.keys).isSuperset(of: Self.derived))
        for key in Self.derived { root[key] = nil }
        var problems: [String] = []
        Self.compare(.map(root), CaseSchema.object(CaseSchema.rootName), at: "", problems: &problems)
        #expect(problems.isEmpty, "\(problems)")
    }

    /// The keys of `value` against the fields of `spec`, at every level (an address also has `lines`).
    static func compare(_ value: TemplateValue, _ spec: ObjectSpec, at path: String, problems: inout [String]) {
        guard case .map(let fields) = value.resolved else {
            problems.append("\(path): not a map")
            return
        }
        let expected = Set(spec.fields.map(\.key)).union(spec.name == "Address" ? ["lines"] : [])
        for key in Set(fields.keys).symmetricDifference(expected).sorted() {
            problems.append(
                fields[key] == nil
                    ? "\(path)\(key): in the schema, missing from the context"
                    : "\(path)\(key): in the context, not in the schema")
        }
        for field in spec.fields {
            guard case .object(let name) = field.type.elementType, let inner = fields[field.key] else { continue }
            if case .list(let items) = inner.resolved {
                for item in items { compare(item, CaseSchema.object(name), at: path + field.key + "[].", problems: &problems) }
            } else {
                compare(inner, CaseSchema.object(name), at: path + field.key + ".", problems: &problems)
            }
        }
    }

    /// The case's values are those it encodes to JSON (money as "1234.56", dates as YYYY-MM-DD).
    @Test(arguments: DocumentMatrixTests.samples + ["demo", "everything"])
    func theCaseEqualsItsJSON(sample: String) throws {
        let theCase = sample == "everything" ? Self.everything : try Repository.sample(sample + ".yaml")
        guard case .map(var root) = CaseContext.make(for: theCase, today: Repository.asOf, language: "en") else { return }
        for key in Self.derived { root[key] = nil }
        root["language"] = theCase.language?.templateValue
        #expect(try Self.json(.map(root), droppingAddressLines: true) == Self.json(encoding: theCase))
    }

    /// The analysis, each section deferred on its own, has the values of `redress analyze --json`,
    /// for every sample and language, with the home (and property) in every state.
    @Test(arguments: DocumentMatrixTests.samples + ["demo", "everything"])
    func theAnalysisEqualsItsJSON(sample: String) throws {
        let original = sample == "everything" ? Self.everything : try Repository.sample(sample + ".yaml")
        for state in Jurisdiction.allCases {
            var theCase = original
            theCase.debtor.address.state = state
            if theCase.debt?.propertyState != nil { theCase.debt?.propertyState = state }
            for language in ["en", "es"] {
                let context = CaseContext.make(for: theCase, today: Repository.asOf, language: language)
                let analysis = CaseAnalyzer.analyze(theCase, asOf: Repository.asOf, language: AnalysisLanguage(code: language))
                #expect(try Self.json(#require(context.value(at: "analysis"))) == Self.json(encoding: analysis), "\(state) \(language)")
            }
        }
    }

    /// `value` as sorted JSON, in the spellings the model's `Encodable` uses.
    static func json(_ value: TemplateValue, droppingAddressLines: Bool = false) throws -> String {
        func object(_ value: TemplateValue) -> Any {
            switch value.resolved {
            case .null, .deferred: return NSNull()
            case .bool(let b): return b
            case .int(let n): return n
            case .string(let s): return s
            case .money(let cents):
                return (cents < 0 ? "-" : "") + "\(cents.magnitude / 100)." + (cents.magnitude % 100 < 10 ? "0" : "") + "\(cents.magnitude % 100)"
            case let .date(y, m, d): return CalendarDate(year: y, month: m, day: d)!.description
            case .list(let items): return items.map(object)
            case .map(var fields):
                if droppingAddressLines, fields["line1"] != nil { fields["lines"] = nil }
                return fields.compactMapValues(\.found).mapValues(object)
            }
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: object(value), options: [.sortedKeys, .prettyPrinted]), as: UTF8.self)
    }

    /// What `value` encodes to, as sorted JSON in the same layout as ``json(_:droppingAddressLines:)``.
    static func json(encoding value: some Encodable) throws -> String {
        let parsed = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
        return String(decoding: try JSONSerialization.data(withJSONObject: parsed, options: [.sortedKeys, .prettyPrinted]), as: UTF8.self)
    }

    /// The analysis is a deferred value (see `DeferredValueTests`), which a look-up computes.
    @Test func theAnalysisIsDeferredUntilRead() throws {
        let context = CaseContext.make(for: try Repository.sample("demo.yaml"), today: Repository.asOf, language: "en")
        guard case .map(let root) = context, case .deferred? = root["analysis"] else {
            Issue.record("the analysis is deferred")
            return
        }
        guard case .map(let analysis)? = context.value(at: "analysis") else {
            Issue.record("a look-up gives the analysis itself")
            return
        }
        #expect(analysis["fdcpa"] != nil)
    }

    /// A requirement may index a list with a number.
    @Test func aRequiredIndexedFieldIsFound() throws {
        let text = "---\nid: needs-income\ntitle: T\nrequires: [income.0.source]\n---\nIncome: {{income.0.amount | money}}.\n"
        let generator = DocumentGenerator(library: try TemplateLibrary(sources: [TemplateSource(path: "needs-income.md", text: text)]))
        let result = generator.generate(
            CaseJob(
                theCase: try Repository.sample("demo.yaml"), documents: ["needs-income"],
                formats: [.txt], language: "en", today: Repository.asOf))
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.files.count == 1)
    }

    /// A typo gets its "did you mean", in the case and in the analysis.
    @Test(arguments: [("debtor.nmae", "debtor.name"), ("analysis.fdcpa.colector_status", "analysis.fdcpa.collector_status")])
    func aTypoGetsItsDidYouMean(typo: String, meant: String) throws {
        let text = "---\nid: typo\ntitle: T\n---\nDear {{\(typo)}},\n"
        let generator = DocumentGenerator(library: try TemplateLibrary(sources: [TemplateSource(path: "typo.md", text: text)]))
        let result = generator.generate(
            CaseJob(
                theCase: try Repository.sample("demo.yaml"), documents: ["typo"],
                formats: [.txt], language: "en", today: Repository.asOf))
        #expect(result.files.isEmpty)
        #expect(result.failures.map(\.description).joined().contains("did you mean '\(meant)'?"), "\(result.failures)")
    }
}
