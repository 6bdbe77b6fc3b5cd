import CaseModel

/// One worker's job for one record: validate, render, then (in `+FileSystem`) write and hash.
struct BatchWorker: Sendable {
    /// The render step (see ``BatchRenderer``).
    var renderer: any BatchRenderer
    /// The day case dates are judged against.
    var asOf: CalendarDate

    /// The validated case, or every error with its path.
    func validate(_ record: BatchRecord) -> Result<Case, ValidationErrors> {
        let result: CaseParseResult
        switch record.payload {
        case .fields(let pairs): result = CaseParser.parse(dottedPaths: pairs, asOf: asOf)
        case .text(let text, let format): result = CaseParser.parse(text, format: format, asOf: asOf)
        case .unreadable(let reason): return .failure(ValidationErrors(list: [RecordError(path: "", message: reason)]))
        }
        guard let value = result.value, result.errors.isEmpty else {
            let errors = result.errors.map(RecordError.init)
            return .failure(ValidationErrors(list: errors.isEmpty ? [RecordError(path: "", message: "not a case")] : errors))
        }
        return .success(value)
    }

    /// A record's validation errors, as a `Result` failure.
    struct ValidationErrors: Error {
        var list: [RecordError]
    }
}
