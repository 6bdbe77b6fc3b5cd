import ArgumentParser

/// The sysexits-style exit codes Redress uses (documented in the README).
enum ExitStatus {
    /// 64: the command line was wrong (ArgumentParser uses this for its own errors too).
    static let usage = ExitCode(64)
    /// 65: the case data or a template is invalid.
    static let dataError = ExitCode(65)
    /// 66: an input file or folder does not exist or cannot be read.
    static let noInput = ExitCode(66)
    /// 73: an output file could not be created.
    static let cannotCreate = ExitCode(73)
}
