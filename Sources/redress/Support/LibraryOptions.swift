import ArgumentParser
import Foundation
import Generator
import Templating

/// Where templates come from: the built-in folder, with user folders in front.
struct LibraryOptions: ParsableArguments {
    @Option(
        name: .customLong("templates"),
        help: ArgumentHelp(
            "A folder of your own templates, used in front of the built-in ones (repeatable).", valueName: "dir"))
    var templateFolders: [String] = []

    /// The project folder holding the built-in templates and samples.
    func home() throws -> String {
        guard let home = ResourceLocator.home() else {
            Console.error("error: cannot find the built-in templates/ folder; run from the Redress checkout or set REDRESS_HOME")
            throw ExitStatus.noInput
        }
        return home
    }

    /// Compiles the library (only `documents` when given), reporting every template error at once.
    func load(documents: Set<String>? = nil) throws -> TemplateLibrary {
        let builtIn = try home() + "/templates"
        for folder in templateFolders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
                Console.error("error: \(folder): no such templates folder")
                throw ExitStatus.noInput
            }
            guard isFolder.boolValue else {
                Console.error("error: \(folder): not a folder; --templates takes a folder of templates (.md files)")
                throw ExitStatus.noInput
            }
        }
        do {
            return try TemplateLibrary.load(builtIn: builtIn, overrides: templateFolders, documents: documents)
        } catch let failure as TemplateLibrary.Failure {
            Console.error(failure.description)
            throw ExitStatus.dataError
        } catch {
            Console.error("error: cannot read templates: \(error.localizedDescription)")
            throw ExitStatus.noInput
        }
    }
}
