/// Where a legal rule comes from: a statute, regulation, case or (for `.secondary` facts) a source page.
public struct Citation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The citation as a reader would write it, such as "Cal. Civ. Proc. Code § 580b".
    public let text: String
    /// A public copy of the source, when one was recorded.
    public let url: String?

    /// Creates a citation.
    public init(_ text: String, url: String? = nil) {
        self.text = text
        self.url = url
    }

    /// The citation text.
    public var description: String { text }
}
