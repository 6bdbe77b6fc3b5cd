import Foundation

/// Where the CLI writes: results to stdout, diagnostics to stderr. The only place that prints.
enum Console {
    /// Prints a result line to standard output.
    static func out(_ line: String) {
        print(line)
    }

    /// Prints a diagnostic to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
