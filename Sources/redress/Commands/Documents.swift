import Foundation
import ArgumentParser
import Templating

/// `redress documents`: lists the documents in the library.
struct Documents: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the documents in the template library.")

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let compiled = try library.load()
        var rows: [(String, [String], String)] = []
        for template in compiled.templates {
            let fm = template.frontMatter
            if let i = rows.firstIndex(where: { $0.0 == fm.id }) {
                rows[i].1.append(fm.language)
            } else {
                rows.append((fm.id, [fm.language], fm.title))
            }
        }
        let width = rows.map(\.0.count).max() ?? 0
        for (id, languages, title) in rows {
            Console.out(
                id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + "[\(languages.sorted().joined(separator: ","))]  " + title)
        }
    }
}
