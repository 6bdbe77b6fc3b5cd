#!/usr/bin/env python3
"""Builds the hand-made .docx fixtures of DOCXTemplateTests, and the example Word template
templates/docx/cease-contact-letterhead.docx, from the XML below (standard library only).

Run from anywhere: python3 Tests/DOCXTemplateTests/Fixtures/make-fixtures.py
Zip entries get a fixed timestamp so the files are the same bytes every time.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS = f'xmlns:w="{W}" xmlns:r="{R}"'


def write_zip(path, entries):
    """entries: list of (name, bytes-or-str, compress)"""
    with zipfile.ZipFile(path, "w") as z:
        for name, data, *rest in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if (rest[0] if rest else True) else zipfile.ZIP_STORED
            z.writestr(info, data.encode() if isinstance(data, str) else data)


def content_types(headers=0, footers=0, footnotes=False, numbering=False, png=False):
    o = '<Override PartName="/word/{0}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{1}+xml"/>'
    parts = [o.format("document.xml", "document.main"), o.format("styles.xml", "styles")]
    parts += [o.format(f"header{i}.xml", "header") for i in range(1, headers + 1)]
    parts += [o.format(f"footer{i}.xml", "footer") for i in range(1, footers + 1)]
    if footnotes:
        parts.append(o.format("footnotes.xml", "footnotes"))
    if numbering:
        parts.append(o.format("numbering.xml", "numbering"))
    default_png = '<Default Extension="png" ContentType="image/png"/>' if png else ""
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + default_png + "".join(parts) + "</Types>")


ROOT_RELS = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             "</Relationships>")


def document_rels(headers=0, footers=0, footnotes=False, numbering=False, png=False):
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    rels = [("rIdStyles", "styles", "styles.xml")]
    rels += [(f"rIdH{i}", "header", f"header{i}.xml") for i in range(1, headers + 1)]
    rels += [(f"rIdF{i}", "footer", f"footer{i}.xml") for i in range(1, footers + 1)]
    if footnotes:
        rels.append(("rIdNotes", "footnotes", "footnotes.xml"))
    if numbering:
        rels.append(("rIdNum", "numbering", "numbering.xml"))
    if png:
        rels.append(("rIdLogo", "image", "media/logo.png"))
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="{i}" Type="{base}{t}" Target="{target}"/>' for i, t, target in rels)
            + "</Relationships>")


STYLES = (DECL + f'<w:styles {NS}>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/>'
          '<w:sz w:val="24"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Letterhead"><w:name w:val="Letterhead"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/></w:rPr></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
          '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '</w:tblBorders></w:tblPr></w:style>'
          "</w:styles>")

NUMBERING = (DECL + f'<w:numbering {NS}>'
             '<w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="hybridMultilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>'
             '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>')

# 1x1 transparent PNG: stands for a letterhead logo that must pass through byte for byte.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")


def t(text):
    return f'<w:t xml:space="preserve">{text}</w:t>'


def p(*runs, ppr=""):
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def r(text, rpr="", rsid=""):
    attr = f' w:rsidR="{rsid}"' if rsid else ""
    return f"<w:r{attr}>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def numbered(text, level=0):
    return p(r(text), ppr=f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="3"/></w:numPr></w:pPr>')


SECT = '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'


def split_runs():
    """Tags the way Word really stores them: split across runs by spell-check marks, bookmarks,
    revision ids and a change of formatting; curly quotes from autocorrect; standalone and inline
    conditionals; a paragraph loop with a numbered list that restarts per item; a footnote tag."""
    body = [
        # {{debtor.name}} split in three runs, with proofErr and a bookmark in between.
        p(r("Dear "), '<w:proofErr w:type="spellStart"/>', r("{{deb", rsid="00A1B2C3"),
          '<w:bookmarkStart w:id="0" w:name="greeting"/>', r("tor.na", rsid="00D4E5F6"),
          '<w:proofErr w:type="spellEnd"/>', '<w:bookmarkEnd w:id="0"/>', r("me}},")),
        # A tag whose first half is bold: the value takes the bold run's formatting.
        p(r("Name in capitals: "), r("{{debtor.", rpr="<w:b/>"), r("name | upper}}", rpr="<w:i/>"), r(".")),
        # Word's curly quotes typed inside tags.
        p(r("Phone: {{debtor.phone | default: \u201cno phone on file\u201d}}; fax: {{debtor.fax | default: \u2018none\u2019}}.")),
        # Standalone conditional paragraphs (removed, with no empty paragraph left behind).
        p(r("{{#if debt.disputed}}")),
        p(r("I dispute this debt.")),
        p(r("{{else}}")),
        p(r("I do not dispute this debt.")),
        p(r("{{/if}}")),
        p(r("{{#unless debt.disputed}}")),
        p(r("This paragraph is never printed for a disputed debt.")),
        p(r("{{/unless}}")),
        # An inline conditional spanning runs, and an inline loop.
        p(r("Account"), r("{{#if debt.account_number}} ending ", rpr="<w:b/>"), r("{{debt.account_number | last4}}{{/if}}.")),
        p(r("Reasons: {{#each debt.dispute_reasons}}{{@number}}) {{this}}{{#unless @last}}; {{/unless}}{{/each}}.")),
        # A value with line ends becomes line breaks.
        p(r("{{debtor.address.lines | lines}}")),
        # Hostile values stay text.
        p(r("Injected: {{injection}}")),
        # A paragraph loop whose items each hold a numbered list: the list restarts per item.
        p(r("{{#each debts}}")),
        p(r("Debt {{@number}}: {{creditor}}")),
        p(r("{{#each reasons}}")),
        numbered("{{this}}"),
        p(r("{{/each}}")),
        p(r("{{/each}}")),
        # A footnote whose text has a tag.
        p(r("See the note."), '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'),
        SECT,
    ]
    document = DECL + f'<w:document {NS}><w:body>{"".join(body)}</w:body></w:document>'
    footnotes = (DECL + f'<w:footnotes {NS}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                 + r(" Collector: {{collector") + r(".name}} as of {{today | date}}.") + "</w:p></w:footnote></w:footnotes>")
    write_zip(os.path.join(HERE, "split-runs.docx"), [
        ("[Content_Types].xml", content_types(footnotes=True, numbering=True)),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", document_rels(footnotes=True, numbering=True)),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", NUMBERING),
        ("word/footnotes.xml", footnotes),
    ])


def cell(text, width=4680):
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{p(r(text))}</w:tc>'


def row(*cells):
    return f"<w:tr>{''.join(cells)}</w:tr>"


def table(rows):
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9360" w:type="dxa"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="4680"/><w:gridCol w:w="4680"/></w:tblGrid>' + "".join(rows) + "</w:tbl>")


def header_footer(kind, paragraphs):
    tag = "hdr" if kind == "header" else "ftr"
    return DECL + f'<w:{tag} {NS}>{"".join(paragraphs)}</w:{tag}>'


def sect_with_header():
    return ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
            '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')


PAGE_FIELD = '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'


def table_rows():
    """A table whose item rows repeat between marker rows, plus a header and a footer with tags."""
    body = [
        p(r("Costs of the sale for {{debtor.name}}:")),
        table([
            row(cell("Item"), cell("Amount")),
            row(cell("{{#each sale.costs}}"), cell("")),
            row(cell("{{label}}"), cell("{{amount | money}}")),
            row(cell("{{/each}}"), cell("")),
            row(cell("{{#if sale.price}}"), cell("")),
            row(cell("Sale price"), cell("{{sale.price | money}}")),
            row(cell("{{/if}}"), cell("")),
            row(cell("Total"), cell("{{sale.total | money}}")),
        ]),
        p(r("End of table.")),
        sect_with_header(),
    ]
    document = DECL + f'<w:document {NS}><w:body>{"".join(body)}</w:body></w:document>'
    header = header_footer("header", [p(r("{{office.name | upper}}"), ppr='<w:pPr><w:pStyle w:val="Letterhead"/></w:pPr>')])
    footer = header_footer("footer", [p(r("Account {{debt.account_number | last4}} \u2014 page "), PAGE_FIELD)])
    write_zip(os.path.join(HERE, "table-rows.docx"), [
        ("[Content_Types].xml", content_types(headers=1, footers=1, png=True)),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", document_rels(headers=1, footers=1, png=True)),
        ("word/styles.xml", STYLES),
        ("word/header1.xml", header),
        ("word/footer1.xml", footer),
        ("word/media/logo.png", PNG, False),
    ])


def plain_document(body_xml):
    return DECL + f'<w:document {NS}><w:body>{body_xml}{SECT}</w:body></w:document>'


def base_entries(document):
    return [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", document_rels()),
        ("word/styles.xml", STYLES),
    ]


def hostile():
    hello = plain_document(p(r("Hello {{debtor.name}}")))
    # A zip bomb: 20 MB of zeros that deflate to about 20 KB (ratio ~1000:1).
    write_zip(os.path.join(HERE, "hostile-zip-bomb.docx"), base_entries(hello) + [("word/media/bomb.bin", b"\0" * (20 << 20))])
    # An entry that climbs out of the folder it is extracted to.
    write_zip(os.path.join(HERE, "hostile-dotdot.docx"), base_entries(hello) + [("../../evil.txt", "gotcha")])
    # A header declaring an external entity (XXE): refused before anything is read.
    xxe = (DECL + '<!DOCTYPE w:hdr [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           f'<w:hdr {NS}>{p(r("&xxe;"))}</w:hdr>')
    entries = base_entries(hello)
    entries[0] = ("[Content_Types].xml", content_types(headers=1))
    entries[3] = ("word/_rels/document.xml.rels", document_rels(headers=1))
    write_zip(os.path.join(HERE, "hostile-xxe.docx"), entries + [("word/header1.xml", xxe)])


# The example letter's own styles: a letterhead, paragraph spacing, room to sign, a small footer.
LETTER_STYLES = (DECL + f'<w:styles {NS}>'
                 '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
                 '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
                 '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                 '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
                 '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead"><w:name w:val="Letterhead"/><w:basedOn w:val="Normal"/>'
                 '<w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>'
                 '<w:rPr><w:b/><w:smallCaps/><w:color w:val="1F3864"/><w:spacing w:val="20"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
                 '<w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterheadContact"><w:name w:val="Letterhead Contact"/><w:basedOn w:val="Normal"/>'
                 '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="6" w:color="1F3864"/></w:pBdr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>'
                 '<w:rPr><w:color w:val="404040"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
                 '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Address"><w:name w:val="Address"/><w:basedOn w:val="Normal"/>'
                 '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="240"/></w:pPr></w:style>'
                 '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Delivery"><w:name w:val="Delivery"/><w:basedOn w:val="Normal"/>'
                 '<w:pPr><w:keepNext/><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
                 '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Subject"><w:name w:val="Subject"/><w:basedOn w:val="Normal"/>'
                 '<w:pPr><w:keepNext/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
                 '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Closing"><w:name w:val="Closing"/><w:basedOn w:val="Normal"/>'
                 '<w:pPr><w:keepNext/><w:keepLines/></w:pPr></w:style>'
                 '<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/>'
                 '<w:pPr><w:keepLines/><w:spacing w:before="760" w:after="0"/></w:pPr></w:style>'
                 '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
                 '<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
                 '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
                 '<w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
                 "</w:styles>")


def styled(style, *runs, keep=False):
    keep_next = "<w:keepNext/><w:keepLines/>" if keep else ""
    return p(*runs, ppr=f'<w:pPr><w:pStyle w:val="{style}"/>{keep_next}</w:pPr>')


def field(instruction):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def example_template():
    """templates/docx/cease-contact-letterhead.docx: a stop-contact letter on a letterhead, the way
    an office would send it: the letterhead on page 1 and a continuation header from page 2, the
    delivery line above the collector's address, the closing and room to sign kept with the last
    paragraph, "Page X of Y" at the foot of every page."""
    body = [
        p(r("{{today | date}}"), ppr='<w:pPr><w:spacing w:before="240" w:after="240"/></w:pPr>'),
        styled("Delivery", r("VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED, No. ____________________")),
        p(r("{{recipient.name}}"), ppr='<w:pPr><w:pStyle w:val="Address"/><w:spacing w:after="0"/></w:pPr>'),
        p(r("{{recipient.address.lines | lines}}"), ppr='<w:pPr><w:pStyle w:val="Address"/></w:pPr>'),
        styled("Subject", r("Re: Account ending in {{debt.account_number | ending}}")),
        p(r("{{#if original_creditor.name}}")),
        styled("Subject", r("Original creditor: {{original_creditor.name}}")),
        p(r("{{/if}}")),
        p(r("Dear {{recipient.name}}:")),
        p(r("Under the Fair Debt Collection Practices Act, 15 U.S.C. \u00a7 1692c(c), I am notifying you in writing "
            "that I want you to "), r("stop all communication with me", rpr="<w:b/>"),
          r(" about this debt. This includes calls, letters, emails, text messages and messages sent through social "
            "media, to me or to this address.")),
        p(r("{{#if debt.disputed}}")),
        p(r("I also dispute this debt.", rpr="<w:b/>"),
          r(" Please record that the debt is disputed. If you report the debt to a credit reporting agency, report it as disputed.")),
        p(r("{{#if debt.dispute_reasons}}")),
        p(r("My reasons include:"), ppr='<w:pPr><w:keepNext/></w:pPr>'),
        p(r("{{#each debt.dispute_reasons}}")),
        numbered("{{this}}"),
        p(r("{{/each}}")),
        p(r("{{/if}}")),
        p(r("{{/if}}")),
        styled("Closing", r("Please keep this letter in your file for this account.")),
        styled("Closing", r("Sincerely,")),
        p(r("______________________________"), ppr='<w:pPr><w:pStyle w:val="Signature"/><w:keepNext/></w:pPr>'),
        p(r("{{debtor.name}}"), ppr='<w:pPr><w:keepLines/><w:spacing w:after="0"/></w:pPr>'),
        ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/>'
         '<w:footerReference w:type="default" r:id="rIdF1"/><w:footerReference w:type="first" r:id="rIdF2"/>'
         '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1080" w:right="1440" w:bottom="1080" w:left="1440" '
         'w:header="540" w:footer="540" w:gutter="0"/><w:titlePg/></w:sectPr>'),
    ]
    document = DECL + f'<w:document {NS}><w:body>{"".join(body)}</w:body></w:document>'
    continuation = header_footer("header", [styled("Header", r(
        "{{recipient.name}} \u2014 {{today | date}} \u2014 Re: Account ending in {{debt.account_number | ending}}"))])
    letterhead = header_footer("header", [
        styled("Letterhead", r("{{debtor.name}}")),
        styled("LetterheadContact", r("{{debtor.address.lines | join: \u201c \u00b7 \u201d}}"
                                      "{{#if debtor.phone}} \u00b7 {{debtor.phone}}{{/if}}{{#if debtor.email}} \u00b7 {{debtor.email}}{{/if}}")),
    ])
    footer = header_footer("footer", [styled("Footer", r("Page "), field("PAGE"), r(" of "), field("NUMPAGES"))])
    os.makedirs(os.path.join(ROOT, "templates", "docx"), exist_ok=True)
    write_zip(os.path.join(ROOT, "templates", "docx", "cease-contact-letterhead.docx"), [
        ("[Content_Types].xml", content_types(headers=2, footers=2, numbering=True)),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", document_rels(headers=2, footers=2, numbering=True)),
        ("word/styles.xml", LETTER_STYLES),
        ("word/numbering.xml", NUMBERING),
        ("word/header1.xml", continuation),
        ("word/header2.xml", letterhead),
        ("word/footer1.xml", footer),
        ("word/footer2.xml", footer),
    ])


if __name__ == "__main__":
    split_runs()
    table_rows()
    hostile()
    example_template()
