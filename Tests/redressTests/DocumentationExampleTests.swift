import Foundation
import Testing

/// Every `redress` command in a fenced `sh` or `console` block of README.md and docs/*.md runs with
/// the built binary, as the page shows it, so an example that stops working fails `swift test`.
@Suite struct DocumentationExampleTests {
    static let repository = CommandLineTests.repository

    /// README.md, then every page under docs/, by name.
    static let pages: [String] = {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }()

    static func examples(in page: String) throws -> [DocumentationExample] {
        let text = try String(contentsOf: repository.appendingPathComponent(page), encoding: .utf8)
        return DocumentationExample.extract(from: text, file: page)
    }

    /// A folder of its own per page, with the samples and templates where the examples expect them;
    /// a page's commands share it, in order (a `--resume` follows the batch it resumes).
    static func workspace() throws -> URL {
        let folder = URL(fileURLWithPath: CommandLineTests.temporaryFolder())
        for name in ["samples", "templates", "schema"] {
            try FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent(name), withDestinationURL: repository.appendingPathComponent(name))
        }
        return folder
    }

    static func run(_ example: DocumentationExample, in folder: URL) throws -> CommandLineTests.Run {
        let binary = try #require(CommandLineTests.binary, "no redress binary next to the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", example.command]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["REDRESS_HOME"] = repository.path
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test(arguments: pages)
    func everyExampleRunsAsShown(_ page: String) throws {
        let examples = try Self.examples(in: page)
        guard !examples.isEmpty else { return }
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        for example in examples {
            let run = try Self.run(example, in: folder)
            #expect(
                run.status == example.expectedStatus,
                "\(example): exit \(run.status), the page says \(example.expectedStatus)\n\(run.stderr.prefix(2_000))")
            if let expected = example.expectedOutput {
                #expect(
                    (run.stdout + run.stderr).contains(expected),
                    "\(example): the output lacks the line the page shows: \(expected)\n\(run.stdout.prefix(1_000))")
            }
        }
    }

    /// A command in a block without a language would be shown but never run.
    @Test(arguments: pages)
    func everyCommandBlockIsLabelled(_ page: String) throws {
        let text = try String(contentsOf: Self.repository.appendingPathComponent(page), encoding: .utf8)
        let unlabelled = DocumentationExample.unlabelledCommandLines(in: text)
        #expect(unlabelled.isEmpty, "\(page): lines \(unlabelled): a redress command in a fence without a language; tag it sh (or sh no-run)")
    }

    @Test func theReadmeShowsRunnableExamples() throws {
        let commands = try Self.examples(in: "README.md").map(\.command)
        #expect(commands.contains("redress"))
        #expect(commands.contains { $0.hasPrefix("redress batch ") })
        #expect(commands.contains { $0.hasPrefix("redress fill ") })
    }

    @Test func conventions() {
        let page = """
            ```sh
            swift run redress      # the demo
            swift test
            redress validate samples/invalid.yaml   # exit 65
            redress generate samples/demo.yaml \\
              --date 2026-11-27
            redress serve --port 0
            echo '# not a comment' | redress batch - --out x
            ```
            ```sh no-run
            redress batch huge.jsonl
            ```
            ```text
            redress documents
            ```
            ```console
            $ redress documents
            cease-contact  en, es
            more output
            ```
            """
        let examples = DocumentationExample.extract(from: page, file: "page.md")
        #expect(
            examples.map(\.command) == [
                "redress", "redress validate samples/invalid.yaml", "redress generate samples/demo.yaml --date 2026-11-27",
                "redress documents",
            ])
        #expect(examples.map(\.expectedStatus) == [0, 65, 0, 0])
        #expect(examples.map(\.line) == [2, 4, 5, 17])
        #expect(examples.last?.expectedOutput == "cease-contact  en, es")
        #expect(DocumentationExample.unlabelledCommandLines(in: "```\nredress documents\n```\n```text\nredress x\n```") == [2])
    }
}
