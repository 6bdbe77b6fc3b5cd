import CaseModel

/// One problem with one record: the field path (empty for the whole record) and what is wrong.
public struct RecordError: Sendable, Hashable {
    /// The field path, such as `debtor.address.zip`; empty when the problem is not at one field.
    public var path: String
    /// What is wrong, for a person.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// A case-file diagnostic as a record error (line, column and hint folded into the message).
    init(_ diagnostic: CaseDiagnostic) {
        path = diagnostic.path
        var text = diagnostic.message
        if let line = diagnostic.line {
            text = "line \(line)" + (diagnostic.column.map { ", column \($0)" } ?? "") + ": " + text
        }
        if let hint = diagnostic.hint { text += " (\(hint))" }
        message = text
    }
}
