import Foundation
import Testing

/// Safe defaults for bulk use: `batch` renders only what applies to each record, a named document
/// that does not apply is refused (unless `--force`), and `--quiet` still prints errors.
@Suite struct BulkDefaultsTests {
    typealias CLI = CommandLineTests

    /// A folder of two case files: the demo (no garnishment) and the New York wage case.
    static func caseFolder() throws -> String {
        let folder = CLI.temporaryFolder() + "/cases"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for sample in ["demo.yaml", "ny-judicial-wage-garnishment.yaml"] {
            try FileManager.default.copyItem(
                atPath: CLI.repository.appendingPathComponent("samples/" + sample).path,
                toPath: folder + "/" + sample)
        }
        return folder
    }

    @Test func batchWithoutDocumentWritesOnlyWhatAppliesToEachRecord() throws {
        let out = CLI.temporaryFolder()
        let run = try CLI.redress("batch", try Self.caseFolder(), "--format", "txt", "--date", "2026-11-27", "--out", out)
        #expect(run.status == 0, "\(run.stderr)")
        let files = CLI.files(under: out).filter { $0.hasSuffix(".txt") }
        // The demo debtor has contact preferences and no garnishment: a limit-contact letter, never
        // a stop-contact letter beside it, nor a wage claim.
        #expect(files.contains("demo/limit-contact.txt"))
        #expect(!files.contains("demo/cease-contact.txt"))
        #expect(!files.contains("demo/wage-garnishment-exemption.txt"))
        #expect(files.contains { $0.hasSuffix("/wage-garnishment-exemption.txt") && !$0.hasPrefix("demo/") })
    }

    @Test func aNamedDocumentIsRefusedForTheRecordsItDoesNotApplyTo() throws {
        let out = CLI.temporaryFolder()
        let run = try CLI.redress(
            "batch", try Self.caseFolder(), "--document", "wage-garnishment-exemption", "--format", "txt",
            "--date", "2026-11-27", "--out", out)
        #expect(run.status == 65)
        let files = CLI.files(under: out)
        #expect(!files.contains("demo/wage-garnishment-exemption.txt"))
        #expect(files.contains { $0.hasSuffix("/wage-garnishment-exemption.txt") })
        let errors = try String(contentsOfFile: out + "/errors.jsonl", encoding: .utf8)
        #expect(errors.contains("wage-garnishment-exemption applies when "))
        #expect(errors.contains("actions.garnishments"))

        let forcedOut = CLI.temporaryFolder()
        let forced = try CLI.redress(
            "batch", try Self.caseFolder(), "--document", "wage-garnishment-exemption", "--force",
            "--format", "txt", "--date", "2026-11-27", "--draft", "--out", forcedOut)
        #expect(CLI.files(under: forcedOut).contains("demo/wage-garnishment-exemption.txt"), "\(forced.stderr)")
    }

    @Test func quietStillPrintsErrors() throws {
        let out = CLI.temporaryFolder()
        let run = try CLI.redress(
            "batch", try Self.caseFolder(), "--document", "wage-garnishment-exemption", "--quiet",
            "--format", "txt", "--date", "2026-11-27", "--out", out)
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("wage-garnishment-exemption applies when "))
        #expect(run.stderr.contains("1 of 2 records failed"))
    }

    @Test func generateRefusesADocumentThatDoesNotApplyUnlessForced() throws {
        let out = CLI.temporaryFolder()
        let refused = try CLI.redress(
            "generate", "samples/demo.yaml", "--document", "wage-garnishment-exemption", "--format", "txt",
            "--date", "2026-11-27", "--out", out)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("wage-garnishment-exemption applies when "))
        #expect(CLI.files(under: out).isEmpty)
        let forced = try CLI.redress(
            "generate", "samples/demo.yaml", "--document", "wage-garnishment-exemption", "--force",
            "--draft", "--format", "txt", "--date", "2026-11-27", "--out", out)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(CLI.files(under: out).contains("demo/wage-garnishment-exemption.txt"))
    }
}
