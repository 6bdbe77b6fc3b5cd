/// What a writer prints on every page around the body: the page number in the footer ("Page 2 of 3")
/// and, from page 2 on, a continuation header (who, when, about what).
public struct PageFurniture: Sendable, Hashable {
    /// The words before the page number, such as "Page ".
    public var pageWord: String
    /// The words between the page number and the page count, such as " of ".
    public var ofWord: String
    /// The continuation header printed from page 2 on, lines separated by `\n`; empty for none.
    public var continuation: String

    /// Creates page furniture; English words unless given.
    public init(pageWord: String = "Page ", ofWord: String = " of ", continuation: String = "") {
        self.pageWord = pageWord
        self.ofWord = ofWord
        self.continuation = continuation
    }

    /// The words for a BCP 47 language tag (`es…` Spanish, anything else English).
    public static func words(forLanguage tag: String) -> PageFurniture {
        tag.lowercased().hasPrefix("es") ? PageFurniture(pageWord: "Página ", ofWord: " de ") : PageFurniture()
    }

    /// "Page 2 of 3" for page `page` of `count`.
    public func label(page: Int, of count: Int) -> String { pageWord + String(page) + ofWord + String(count) }
}
