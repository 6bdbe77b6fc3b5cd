/// How a Word template is filled.
public struct FillOptions: Sendable, Hashable {
    /// The language of dates and yes/no words: `en` or `es`.
    public var languageCode: String
    /// Print a missing value as a visible placeholder such as `[COLLECTOR ADDRESS]` instead of
    /// failing; for previews, never for letters that are sent.
    public var draft: Bool

    /// Creates options; the defaults fill a final English document.
    public init(languageCode: String = "en", draft: Bool = false) {
        self.languageCode = languageCode
        self.draft = draft
    }
}
