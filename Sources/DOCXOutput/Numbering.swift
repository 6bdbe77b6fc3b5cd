import ZIPArchive

/// `word/numbering.xml`: one abstract bullet list, one abstract decimal list, and a concrete
/// `w:num` for each numbered list in the document, each restarting at 1.
///
/// All bulleted lists share `numId` 1; the k-th numbered list (1-based) is `numId` k + 1, with a
/// `startOverride` of 1 so that Word does not continue the previous list's numbers.
enum Numbering {
    static let bulletNumID = 1

    /// The `numId` of the `index`-th numbered list (0-based).
    static func numID(ofNumberedList index: Int) -> Int { index + 2 }

    /// Parts for documents with up to this many numbered lists are built once and reused.
    static let preparedCount = 8
    static let prepared: [ZIPWriter.PreparedEntry] = (0...preparedCount).map(entry(numberedLists:))

    /// The part for a document with `count` numbered lists.
    static func part(numberedLists count: Int) -> ZIPWriter.PreparedEntry {
        count <= preparedCount ? prepared[count] : entry(numberedLists: count)
    }

    static func entry(numberedLists count: Int) -> ZIPWriter.PreparedEntry {
        ZIPWriter.PreparedEntry(path: "word/numbering.xml", contents: xml(numberedLists: count))
    }

    static func xml(numberedLists count: Int) -> [UInt8] {
        var out = XMLBuffer(capacity: 2048 + 160 * count)
        out.raw(OOXML.declaration)
        out.raw("<w:numbering xmlns:w=\"")
        out.raw(OOXML.wordNamespace)
        out.raw("\">")
        out.raw(abstractLists)
        out.raw("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>")
        for index in 0..<count {
            out.raw("<w:num w:numId=\"")
            out.int(numID(ofNumberedList: index))
            out.raw("\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>")
        }
        out.raw("</w:numbering>")
        return out.bytes
    }

    /// Single-level lists: the document tree has no nested lists. The indents live here, where Word
    /// expects a list's geometry, and the paragraph styles carry the spacing.
    private static let abstractLists: StaticString = """
        <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>\
        <w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>\
        </w:abstractNum>\
        <w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>\
        <w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>\
        </w:abstractNum>
        """
}
