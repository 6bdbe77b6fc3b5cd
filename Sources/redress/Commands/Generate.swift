import ArgumentParser
import CaseModel
import Foundation
import Generator

/// `redress generate`: renders documents for one case file.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate documents for one case file.",
        discussion: """
            Writes DIR/<case id>/<document id>.<ext> for every document that applies to the case (by its \
            applies_when), or for each document named with --document. Every file is written atomically.
            With --packet, also writes DIR/<case id>/index.html linking them and DIR/<case id>/packet.docx \
            combining them.
            """)

    @Argument(help: ArgumentHelp("The case file (.yaml, .yml or .json).", valueName: "case-file"))
    var caseFile: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var library: LibraryOptions

    func validate() throws {
        try output.validate()
    }

    func run() throws {
        // Only the named documents are compiled; an unknown name compiles them all, to list them.
        let named = output.packet || output.documents.isEmpty ? nil : Set(output.documents)
        var compiled = try library.load(documents: named)
        if let named, !named.isSubset(of: compiled.templates.map(\.frontMatter.id)) { compiled = try library.load() }
        let date = output.date ?? .today
        let theCase = try CaseLoading.load(caseFile, asOf: date)
        try output.generate(theCase, library: compiled, date: date)
    }
}
