/// A rendered document: the single contract between templates and writers.
///
/// Templates produce a `Document`; the text, HTML and DOCX writers consume one. Writers never see
/// template syntax or case data, and templates never see a file format.
public struct Document: Sendable, Hashable {
    /// Facts about the document that writers put in headers and package properties.
    public var metadata: Metadata
    /// The body, top to bottom.
    public var blocks: [Block]

    /// Creates a document from its metadata and blocks.
    public init(metadata: Metadata, blocks: [Block]) {
        self.metadata = metadata
        self.blocks = blocks
    }
}
