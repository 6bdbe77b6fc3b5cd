import Foundation

/// Finds the bundled `templates/` and `samples/` folders at run time.
///
/// Order: the `REDRESS_HOME` environment variable, the current folder, then the folders above the
/// executable (so `.build/debug/redress` finds the checkout it was built from).
public enum ResourceLocator {
    /// The project folder holding `templates/`, or nil when none is found.
    public static func home(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        var candidates: [String] = []
        if let env = environment["REDRESS_HOME"] { candidates.append(env) }
        candidates.append(FileManager.default.currentDirectoryPath)
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.path)
            dir = dir.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/templates/cease-contact.en.md") }
    }
}
