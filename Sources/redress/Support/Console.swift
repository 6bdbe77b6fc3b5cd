import Foundation

/// Where the CLI writes: results to stdout, diagnostics to stderr. The only place that prints,
/// and every line goes through ``TerminalText/escaped(_:)``: most lines quote user data.
enum Console {
    /// Prints a result line to standard output.
    static func out(_ line: String) {
        print(TerminalText.escaped(line))
    }

    /// Prints a diagnostic to standard error.
    static func error(_ text: String) {
        let safe = TerminalText.escaped(text)
        FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
    }
}
