/// A render that could not complete: every missing or unusable value, each at its tag.
public struct RenderFailure: Error, CustomStringConvertible {
    /// The problems in template order, each pointing at the tag that needed the value.
    public var problems: [TemplateDiagnostic]

    /// Creates a failure from its problems.
    public init(problems: [TemplateDiagnostic]) {
        self.problems = problems
    }

    /// All problems, one diagnostic after another.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
