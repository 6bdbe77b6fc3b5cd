import CaseModel

/// One case's worth of work: which documents, in which formats and language, as of which date.
public struct CaseJob: Sendable {
    /// The validated case.
    public var theCase: Case
    /// Template ids to render, each refused when it does not apply unless ``force``; empty means
    /// every document that applies to the case (by its `applies_when`, in `packet_order`).
    public var documents: [String]
    /// Formats to write.
    public var formats: [OutputFormat]
    /// `en` or `es`; nil means the case's preferred language, else English.
    public var language: String?
    /// The date printed in documents and used for deadlines.
    public var today: CalendarDate
    /// Render missing values as visible placeholders.
    public var draft: Bool
    /// The folder part of each file's path; nil means the case id, made safe (see ``folderName``).
    public var folder: String?
    /// The language of the documents written for the office (the intake summary); nil means English.
    public var officeLanguage: String?
    /// Render a named document even when its `applies_when` does not hold for the case; without
    /// it such a document is refused (``DocumentGenerator/Failure/doesNotApply(documentID:condition:)``).
    public var force: Bool

    /// The folder the files go in: `folder` when given, else the case id through ``SafeName``, so
    /// that no id (`../../x`, `CON`, a control character) can name a path outside the output folder,
    /// and two ids made safe alike (`a:b`, `a|b`) still get folders of their own.
    public var folderName: String { folder ?? SafeName.distinctName(for: theCase.id) }

    /// Creates a job.
    public init(
        theCase: Case, documents: [String] = [], formats: [OutputFormat] = OutputFormat.allCases,
        language: String? = nil, today: CalendarDate, draft: Bool = false, folder: String? = nil, force: Bool = false,
        officeLanguage: String? = nil
    ) {
        self.force = force
        self.theCase = theCase
        self.documents = documents
        self.formats = formats
        self.language = language
        self.today = today
        self.draft = draft
        self.folder = folder
        self.officeLanguage = officeLanguage
    }
}

/// What a job produced: files, and failures per document (one bad document never stops the others).
public struct CaseJobResult: Sendable {
    /// The rendered files.
    public var files: [GeneratedFile] = []
    /// Documents that could not be rendered, with every reason.
    public var failures: [DocumentGenerator.Failure] = []
    /// Things the user should know (a language fallback, say).
    public var notes: [String] = []
}
