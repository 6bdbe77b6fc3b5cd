import Templating

/// A tag as found in a Word part: the compiled tag and where a person can find it.
struct TagSite: Sendable {
    /// The compiled tag.
    var tag: StandaloneTag
    /// The part, such as `word/document.xml`.
    var part: String
    /// The paragraph's 1-based number in the part, counting every paragraph (table cells too).
    var paragraph: Int
    /// The paragraph's text as the template has it.
    var paragraphText: String
    /// The tag as typed, such as `{{debtor.name | upper}}`.
    var spelling: String
    /// The `w:t` slot of the paragraph the tag sits in (for inline tags).
    var slot: Int

    /// A problem at this tag.
    func problem(_ message: String) -> DOCXTemplateFiller.TagProblem {
        .init(part: part, paragraph: paragraph, paragraphText: paragraphText, tag: spelling, message: message)
    }
}
