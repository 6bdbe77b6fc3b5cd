/// What parsing a case file gives: the case when there were no errors, and every diagnostic.
public struct CaseParseResult: Sendable {
    /// The case; nil when any diagnostic is an error.
    public var value: Case?
    /// Errors and warnings, in the order they were found.
    public var diagnostics: [CaseDiagnostic]

    /// Creates a result.
    public init(value: Case?, diagnostics: [CaseDiagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }

    /// The errors only.
    public var errors: [CaseDiagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warnings only.
    public var warnings: [CaseDiagnostic] { diagnostics.filter { $0.severity == .warning } }
}
