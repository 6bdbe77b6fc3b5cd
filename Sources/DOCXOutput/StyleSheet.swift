import ZIPArchive

/// `word/styles.xml`: the named styles every paragraph and run refers to, so that a person who
/// edits the letter in Word finds "Address", "Subject" or "Signature" in the style gallery
/// instead of direct formatting.
///
/// Style ids (the lead's documentation lists them): paragraph `Normal`, `Title`, `Heading1`–`3`,
/// `BodyText`, `Address`, `DateLine`, `Subject`, `Signature`, `Notice`, `Header`, `Footer`, `ListBullet`,
/// `ListNumber`;
/// character `Strong`, `Emphasis`; table `LetterTable`.
enum StyleSheet {
    /// The body typeface: on every Windows and Mac; LibreOffice substitutes the metric-compatible
    /// Liberation Serif.
    static let bodyFont = "Times New Roman"

    /// The part for the languages our templates are written in, built once; `prepared(for:)`
    /// builds any other on demand.
    static let common: [String: ZIPWriter.PreparedEntry] = Dictionary(
        uniqueKeysWithValues: ["en-US", "es-US"].map { ($0, entry(language: $0)) })

    /// The part whose proofing language is `language`.
    static func prepared(for language: String) -> ZIPWriter.PreparedEntry {
        common[language] ?? entry(language: language)
    }

    static func entry(language: String) -> ZIPWriter.PreparedEntry {
        ZIPWriter.PreparedEntry(path: "word/styles.xml", contents: xml(language: language))
    }

    /// The whole part. Element order inside `w:style`, `w:pPr` and `w:rPr` follows the schema.
    static func xml(language: String) -> [UInt8] {
        var out = XMLBuffer(capacity: 8192)
        out.raw(OOXML.declaration)
        out.raw("<w:styles xmlns:w=\"")
        out.raw(OOXML.wordNamespace)
        out.raw("\"><w:docDefaults><w:rPrDefault><w:rPr>")
        out.raw(built: "<w:rFonts w:ascii=\"\(bodyFont)\" w:hAnsi=\"\(bodyFont)\" w:eastAsia=\"\(bodyFont)\" w:cs=\"\(bodyFont)\"/>")
        out.raw("<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"")
        out.text(language)
        out.raw("\"/></w:rPr></w:rPrDefault>")
        // Paragraph spacing lives in the defaults, not in Normal, so a table style's spacing wins
        // inside tables (Word lets a paragraph style override a table style, defaults not).
        out.raw("<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>")
        out.raw("</w:docDefaults>")
        out.raw(builtIns)
        out.raw(letterStyles)
        out.raw(listAndTableStyles)
        out.raw(characterStyles)
        out.raw("</w:styles>")
        return out.bytes
    }

    private static let builtIns: StaticString = """
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>\
        <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>\
        <w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
        <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>\
        <w:semiHidden/><w:unhideWhenUsed/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/>\
        <w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="240"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/>\
        <w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/>\
        <w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/>\
        <w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/>\
        <w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/>\
        <w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/>\
        <w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>\
        <w:uiPriority w:val="1"/><w:qFormat/><w:pPr><w:spacing w:after="100"/></w:pPr></w:style>
        """

    /// Consecutive paragraphs of one letter part (address lines, signature lines) sit together
    /// (`contextualSpacing`) while the part as a whole keeps its space from the next one.
    private static let letterStyles: StaticString = """
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Address"><w:name w:val="Address"/><w:basedOn w:val="Normal"/>\
        <w:qFormat/><w:pPr><w:keepLines/><w:spacing w:after="200" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="DateLine"><w:name w:val="Date Line"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Address"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="200"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Subject"><w:name w:val="Subject"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="200"/><w:contextualSpacing/></w:pPr>\
        <w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/>\
        <w:uiPriority w:val="99"/><w:qFormat/><w:pPr><w:keepLines/><w:spacing w:before="1008" w:after="200" w:line="240" w:lineRule="auto"/>\
        <w:contextualSpacing/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Notice"><w:name w:val="Notice"/><w:basedOn w:val="Normal"/>\
        <w:qFormat/><w:pPr><w:keepLines/><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>\
        <w:spacing w:before="360" w:after="120"/><w:contextualSpacing/></w:pPr><w:rPr><w:i/><w:iCs/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>\
        <w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
        <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>\
        <w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>\
        <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
        """

    private static let listAndTableStyles: StaticString = """
        <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
        <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="160"/><w:contextualSpacing/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>\
        <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="160"/><w:contextualSpacing/></w:pPr></w:style>\
        <w:style w:type="table" w:customStyle="1" w:styleId="LetterTable"><w:name w:val="Letter Table"/><w:basedOn w:val="TableNormal"/>\
        <w:uiPriority w:val="39"/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>\
        <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
        <w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
        <w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
        <w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>\
        <w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:trPr><w:tblHeader/></w:trPr>\
        <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr></w:tblStylePr></w:style>
        """

    private static let characterStyles: StaticString = """
        <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="DefaultParagraphFont"/>\
        <w:uiPriority w:val="22"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
        <w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:basedOn w:val="DefaultParagraphFont"/>\
        <w:uiPriority w:val="20"/><w:qFormat/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>
        """
}
