import ArgumentParser
import Batch
import CaseModel
import Foundation
import Generator

/// `redress batch`: many cases from a CSV, JSON Lines file or folder, on every core.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Generate documents for many cases: a CSV, a JSON Lines file, or a folder of case files.",
        discussion: """
            INPUT is a .csv file (a header row of dotted field paths such as debtor.name and income[0].source; \
            empty cells are absent), a .jsonl/.ndjson file (one case per line; - reads standard input), or a \
            folder of .yaml/.yml/.json case files (taken in name order).
            Writes DIR/<case id>/<document>.<ext> atomically, DIR/manifest.csv (one row per file, in record \
            order) and DIR/errors.jsonl (one line per record that failed; the rest go on).
            Without --document, each case gets every document that applies to it (by its applies_when). \
            --packet also writes each case's packet.<ext> combining them and index.html linking them.
            Exit codes: 0 every record succeeded, 65 some failed (see errors.jsonl), 64 usage, 66 missing \
            input, 73 cannot write output.
            """)

    @Argument(
        help: ArgumentHelp(
            "A .csv, .jsonl or .ndjson file, a folder of case files, or - (JSON Lines on stdin).",
            valueName: "input"))
    var input: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var library: LibraryOptions

    /// `--packet` comes from ``OutputOptions`` (a second flag of that name stops the command from
    /// parsing at all); in a batch it writes each case's packet, as `generate --packet` does.
    private var packet: Bool { output.packet }

    @Option(help: ArgumentHelp("Records rendered at once (default: every core).", valueName: "n"))
    var jobs: Int?

    @Option(
        help: ArgumentHelp(
            "Process only shard K of N (contiguous blocks of records); writes manifest-K-of-N.csv and errors-K-of-N.jsonl.",
            valueName: "K/N"))
    var shard: String?

    @Flag(help: "Continue a batch that stopped: keep the records it finished, do the rest.")
    var resume = false

    @Flag(help: "Also write DIR/batch.zip: every file in manifest order, then the manifest.")
    var zip = false

    @Flag(help: "Print nothing but errors (the failed records' errors, on standard error).")
    var quiet = false

    @Option(
        name: .customLong("docx-template"),
        help: ArgumentHelp(
            "Fill this Word template for every case instead of the library's documents (writes <case id>/<template name>.docx).",
            valueName: "template.docx"))
    var docxTemplate: String?

    func validate() throws {
        try output.validate()
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(parsing: shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, such as 2/8") }
        if packet, !output.documents.isEmpty { throw ValidationError("--packet and --document cannot be used together") }
        if docxTemplate != nil, packet || !output.documents.isEmpty {
            throw ValidationError("--docx-template cannot be used with --document or --packet")
        }
    }

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        // Only the named documents are compiled, as for `generate` (compiling the library is a fixed
        // cost of every run); an unknown name compiles them all, to list them.
        let named = packet || docxTemplate != nil || output.documents.isEmpty ? nil : Set(output.documents)
        var compiled = try library.load(documents: named)
        if let named, !named.isSubset(of: compiled.templates.map(\.frontMatter.id)) { compiled = try library.load() }
        let known = Set(compiled.templates.map(\.frontMatter.id))
        for id in output.documents where !known.contains(id) {
            Console.error("error: no document '\(id)'; available: \(known.sorted().joined(separator: ", "))")
            throw ExitStatus.usage
        }
        let shardValue = shard.flatMap(Shard.init(parsing:)) ?? .whole
        // A resumed run keeps the date it began with, even past midnight, unless --date says otherwise.
        let recorded = resume ? BatchRunSettings.recorded(inFolder: output.out, files: BatchFiles(shard: shardValue)) : nil
        let date = output.date ?? recorded.flatMap { CalendarDate(iso: $0.date) } ?? .today
        let source = try await Self.checked { try BatchInput(path: input) }
        let total = try await Self.checked { try source.countRecords() }
        let generator = DocumentGenerator(library: compiled)
        let renderer: any BatchRenderer
        if let docxTemplate {
            renderer = try Self.docxRenderer(docxTemplate, output: output, date: date)
        } else if packet {
            renderer = PacketRenderer(
                generator: generator, documents: output.documents, formats: output.formats,
                language: output.language, today: date, draft: output.draft, officeLanguage: output.officeLanguage)
        } else {
            var templateRenderer = TemplateRenderer(
                generator: generator, documents: output.documents, formats: output.formats,
                language: output.language, today: date, draft: output.draft, force: output.force)
            templateRenderer.officeLanguage = output.officeLanguage
            renderer = templateRenderer
        }
        let templates =
            try docxTemplate.map { BatchRunSettings.fingerprint(file: $0) ?? "" }
            ?? BatchRunSettings.fingerprint(templateFolders: [library.home() + "/templates"] + library.templateFolders)
        let settings = BatchRunSettings(
            input: input, inputSize: source.size, date: date.description, documents: output.documents,
            formats: output.formats.map(\.rawValue), language: output.language, draft: output.draft, packet: packet,
            force: output.force, officeLanguage: output.officeLanguage, shard: shardValue.description, templates: templates)
        let options = BatchOptions(
            outputFolder: output.out, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            shard: shardValue, resume: resume, zip: zip, asOf: date, settings: settings)
        let display = ProgressDisplay(quiet: quiet)
        let summary = try await Self.checked {
            try await BatchRunner(options: options, renderer: renderer)
                .run(try source.records(), total: total, progress: display.update)
        }
        display.finish()
        let elapsed = clock.now - start
        if !quiet { report(summary, options: options, elapsed: elapsed) } else if summary.failed > 0 { reportErrors(summary, options: options) }
        if summary.failed > 0 { throw ExitStatus.dataError }
    }

    /// Prints the summary to standard output.
    private func report(_ s: BatchSummary, options: BatchOptions, elapsed: Duration) {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let files = options.files
        let dir = options.outputFolder
        let shardNote = options.shard.isWhole ? "" : " (shard \(options.shard))"
        Console.out(
            "batch\(shardNote): \(s.records) records: \(s.succeeded) succeeded, \(s.failed) failed; "
                + "\(s.files) files written in \(String(format: "%.1f", seconds)) s")
        if s.resumed > 0 {
            Console.out(
                "  resumed: \(s.resumed) records were already finished"
                    + (s.repaired > 0 ? "; \(s.repaired) had missing files, written again" : ""))
        }
        if s.renamedCount > 0 {
            Console.out("  renamed: \(s.renamedCount) case ids made safe or unique for their folder names:")
            for r in s.renamed.prefix(10) {
                Console.out("    record \(r.record): \(r.caseID.map { "'\($0)'" } ?? "(no id)") → \(r.folder)")
            }
            if s.renamedCount > 10 { Console.out("    … (the manifest's case_id and path columns show every one)") }
        }
        Console.out("  manifest: \(dir)/\(files.manifest)")
        if s.failed > 0 { Console.out("  errors:   \(dir)/\(files.errors) (\(s.failed) records)") }
        if let zip = s.zip { Console.out("  zip:      \(dir)/\(zip)") }
    }

    /// With `--quiet`: the failed records' errors (the first 20 lines of the errors file) on standard error.
    private func reportErrors(_ s: BatchSummary, options: BatchOptions) {
        let path = (options.outputFolder as NSString).appendingPathComponent(options.files.errors)
        let lines = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n") ?? []
        for line in lines.prefix(20) { Console.error(String(line)) }
        if lines.count > 20 { Console.error("… \(lines.count - 20) more") }
        Console.error("error: \(s.failed) of \(s.records) records failed; see \(path)")
    }

    /// The renderer for `--docx-template`: the template read and compiled once, every problem listed.
    private static func docxRenderer(_ path: String, output: OutputOptions, date: CalendarDate) throws -> DOCXTemplateRenderer {
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("error: \(path): no such file or not readable")
            throw ExitStatus.noInput
        }
        let name = (path as NSString).lastPathComponent
        let id = name.lowercased().hasSuffix(".docx") ? String(name.dropLast(5)) : name
        do {
            return try DOCXTemplateRenderer(template: Array(data), documentID: id, language: output.language, today: date, draft: output.draft)
        } catch {
            for problem in error.problems { Console.error("\(path): \(problem)") }
            Console.error("\(path): \(error.problems.count) error\(error.problems.count == 1 ? "" : "s"); nothing was written")
            throw ExitStatus.dataError
        }
    }

    /// Runs `body`, turning batch errors into messages and exit codes.
    private static func checked<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as BatchInputError {
            Console.error("error: \(error)")
            switch error {
            case .unknownKind: throw ExitStatus.usage
            case .badHeader: throw ExitStatus.dataError
            case .cannotOpen, .unreadable: throw ExitStatus.noInput
            }
        } catch let error as BatchRunner.Failure {
            Console.error("error: \(error)")
            switch error {
            case .cannotCreate, .busy: throw ExitStatus.cannotCreate
            case .shardNeedsCount, .resumeMismatch: throw ExitStatus.usage
            }
        }
    }
}
