import Foundation
import Testing

/// The built `redress` binary, run as a user would: help for every command, the README's exit-code
/// table, and what a hostile case id can reach on disk. A few runs only, so the suite stays fast.
@Suite struct CommandLineTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `redress` sits next to the test bundle (SwiftPM builds it because this target depends on it).
    static let binary: URL? = {
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        folders.append(Bundle.main.bundleURL)
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        folders += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        folders.append(repository.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("redress") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary in the repository folder (so the built-in templates are found).
    static func redress(_ arguments: String...) throws -> Run {
        let binary = try #require(binary, "no redress binary next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so that a full pipe cannot stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "redress-cli-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func files(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
    }

    @Test(arguments: ["generate", "documents", "validate", "analyze", "batch", "fill"])
    func everySubcommandHasHelp(_ command: String) throws {
        let run = try Self.redress(command, "--help")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("USAGE: redress \(command)"))
    }

    static let exitCases: [([String], Int32)] = [
        (["generate", "samples/demo.yaml", "--format", "pdf"], 64),
        (["generate", "samples/demo.yaml", "--date", "2026-13-01"], 64),
        (["generate", "samples/demo.yaml", "--document", "nope", "--out", "/dev/null/unused"], 64),
        (["generate", "samples/invalid.yaml", "--out", "/dev/null/unused"], 65),
        (["validate", "samples/invalid.yaml"], 65),
        (["generate", "samples/no-such-case.yaml"], 66),
        (
            [
                "generate", "samples/demo.yaml", "--document", "limit-contact", "--format", "txt", "--date", "2026-11-27",
                "--out", "/dev/null/x",
            ], 73
        ),
        (
            [
                "generate", "samples/demo.yaml", "--document", "wage-garnishment-exemption", "--format", "txt", "--date", "2026-11-27",
                "--out", "/dev/null/x",
            ], 65
        ),
    ]

    @Test(arguments: exitCases)
    func exitCodesFollowTheREADME(_ arguments: [String], _ status: Int32) throws {
        let binary = try #require(Self.binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = Self.repository
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == status)
    }

    @Test func generateWritesTheDocumentsThatApply() throws {
        let out = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try Self.redress("generate", "samples/demo.yaml", "--format", "txt", "--date", "2026-11-27", "--out", out)
        #expect(run.status == 0, "\(run.stderr)")
        let written = Self.files(under: out).filter { $0.hasSuffix(".txt") }
        #expect(!written.isEmpty)
        #expect(written.allSatisfy { $0.hasPrefix("demo/") })
        #expect(run.stdout.split(separator: "\n").count == written.count)
    }

    @Test func aCaseIDThatClimbsOutIsRefusedAndWritesNothing() throws {
        let root = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let sample = try String(contentsOf: Self.repository.appendingPathComponent("samples/demo.yaml"), encoding: .utf8)
        let hostile = sample.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("id:") ? "id: \"../../escaped\"" : String($0) }.joined(separator: "\n")
        let caseFile = root + "/case.yaml"
        try hostile.write(toFile: caseFile, atomically: true, encoding: .utf8)
        let run = try Self.redress(
            "generate", caseFile, "--format", "txt", "--date", "2026-11-27", "--draft",
            "--out", root + "/out/a/b")
        #expect(run.status == 65)
        #expect(run.stderr.contains("cannot be a case id"))
        #expect(Self.files(under: root) == ["case.yaml"])
    }

    @Test func hostileIdsReachTheTerminalEscaped() throws {
        let root = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = root + "/cases.jsonl"
        try "{\"id\": \"\\u001b]0;pwned\\u0007\\u001b[2J\\u009b\"}\n".write(toFile: input, atomically: true, encoding: .utf8)
        let run = try Self.redress("batch", input, "--out", root + "/out", "--format", "txt", "--date", "2026-11-27")
        let printed = run.stdout + run.stderr
        #expect(!printed.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(printed.contains("\\u{1B}]0;pwned"))
    }

    @Test func templatesMustBeAFolder() throws {
        let run = try Self.redress("generate", "samples/demo.yaml", "--templates", "samples/demo.yaml", "--out", "/dev/null/x")
        #expect(run.status == 66)
        #expect(run.stderr.contains("samples/demo.yaml: not a folder"))
    }

    @Test func aTemplateThatIsNotUTF8IsNamed() throws {
        let root = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: root + "/bad.en.md"))
        let run = try Self.redress("generate", "samples/demo.yaml", "--templates", root, "--out", "/dev/null/x")
        #expect(run.status == 66)
        #expect(run.stderr.contains("bad.en.md: not UTF-8"))
    }

    @Test func aDuplicateKeyIsNamedByItsPathAndLine() throws {
        let root = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "id: a\ndebtor:\n  name: A\n  name: B\n".write(toFile: root + "/dup.yaml", atomically: true, encoding: .utf8)
        let run = try Self.redress("validate", root + "/dup.yaml")
        #expect(run.status == 65)
        #expect(run.stdout.contains("debtor.name (line 3, column 3): the key 'name' appears twice in one object"))
    }
}
