import Foundation
import Templating

extension TemplateLibrary {
    /// Reads every template (`*.md`, except README.md) under `folder`, recursively, in a stable order.
    ///
    /// Paths in diagnostics are `folder`-relative with the folder's own name in front, such as
    /// `templates/cease-contact.en.md`, so an editor can jump to them.
    public static func sources(inFolder folder: String) throws -> [TemplateSource] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder])
        }
        var sources: [TemplateSource] = []
        for case let url as URL in enumerator where url.pathExtension == "md" && url.lastPathComponent != "README.md" {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            let path = (folder as NSString).appendingPathComponent(relative)
            let data = try Data(contentsOf: url)
            guard let text = String(validating: data, as: UTF8.self) else {
                throw CocoaError(
                    .fileReadInapplicableStringEncoding,
                    userInfo: [
                        NSFilePathErrorKey: path,
                        NSLocalizedDescriptionKey: "\(path): not UTF-8 text; save the template as UTF-8",
                    ])
            }
            sources.append(TemplateSource(path: path, text: text))
        }
        return sources.sorted { $0.path < $1.path }
    }

    /// Compiles the built-in folder and, in front of it, any user folders (later ones win); only
    /// the documents whose id is in `documents` when it is given (a command that names them).
    ///
    /// User folders are compiled together with the built-in one, so a user's template can use the
    /// built-in partials and a user's partial (say `partials/signature.en.md`) reaches every document.
    public static func load(builtIn: String, overrides: [String] = [], documents: Set<String>? = nil) throws -> TemplateLibrary {
        var library = try TemplateLibrary(sources: sources(inFolder: builtIn), documents: documents)
        for folder in overrides {
            library = try TemplateLibrary(sources: sources(inFolder: folder), overriding: library, documents: documents)
        }
        return library
    }
}
