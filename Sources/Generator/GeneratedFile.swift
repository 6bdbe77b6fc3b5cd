/// One rendered file, in memory, with the relative path it should be written to.
public struct GeneratedFile: Sendable, Hashable {
    /// The path relative to the output folder, such as `ca-001/cease-contact.docx`.
    public var relativePath: String
    /// The template id that produced it.
    public var documentID: String
    /// The format of the bytes.
    public var format: OutputFormat
    /// The language of the document (`en` or `es`).
    public var language: String
    /// The file's contents.
    public var bytes: [UInt8]

    /// Creates a generated file.
    public init(relativePath: String, documentID: String, format: OutputFormat, language: String, bytes: [UInt8]) {
        self.relativePath = relativePath
        self.documentID = documentID
        self.format = format
        self.language = language
        self.bytes = bytes
    }
}
