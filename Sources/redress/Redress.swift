import ArgumentParser
import Foundation

/// The `redress` command: with no subcommand it writes the demo packet.
@main
struct Redress: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redress",
        abstract: "Debt-collection defence paperwork: letters, exemption claims and intake summaries.",
        discussion: """
            With no subcommand, writes the demo documents for the bundled sample case into output/demo/.
            Exit codes: 0 ok, 64 usage, 65 bad case data or template, 66 missing input, 73 cannot create output.
            """,
        version: "0.1.0",
        subcommands: [Generate.self, Documents.self, Validate.self, Analyze.self, BatchCommand.self, Fill.self, Serve.self]
    )

    @OptionGroup var library: LibraryOptions

    mutating func run() async throws {
        try Demo.run(library: library)
    }
}
