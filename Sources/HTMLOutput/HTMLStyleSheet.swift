/// The style sheet embedded in every HTML document: a readable page on screen, and on paper a US
/// Letter page with one-inch margins.
///
/// It is one constant so that writing a document never builds CSS. Letter parts are styled by
/// class (`p.address`, `td.right`…), never by inline styles, so that a user's own style sheet can
/// restyle them.
enum HTMLStyleSheet {
    /// The CSS text, indented for the `<style>` element.
    static let css = """
        @page { size: letter; margin: 0.75in 1in; }
        html { background: #f4f4f1; }
        body { margin: 2em auto; padding: 1in; max-width: 6.5in; background: #fff; color: #111; font-family: Georgia, "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.4; }
        main > :first-child { margin-top: 0; }
        h1 { font-size: 1.5em; margin: 0 0 0.8em; }
        h2 { font-size: 1.25em; margin: 1.4em 0 0.6em; }
        h3 { font-size: 1.1em; margin: 1.2em 0 0.5em; }
        p { margin: 0 0 1em; }
        h1, h2, h3, p, li, th, td { white-space: pre-line; }
        p.address { margin: 0 0 1.2em; line-height: 1.25; }
        p.date { margin: 0 0 1.2em; }
        p.subject { font-weight: bold; }
        p.signature { margin-top: 0.5in; line-height: 1.25; }
        p.notice { font-size: 0.8em; line-height: 1.3; color: #333; }
        ul, ol { margin: 0 0 1em; padding-left: 2em; }
        li { margin: 0 0 0.25em; }
        table { border-collapse: collapse; margin: 0 0 1em; }
        th, td { border: 1px solid #555; padding: 0.25em 0.6em; vertical-align: top; text-align: left; }
        th { background: #e8e8e4; font-weight: bold; }
        th.right, td.right { text-align: right; font-variant-numeric: tabular-nums; }
        th.center, td.center { text-align: center; }
        table.form { width: 100%; }
        table.form tbody td { height: 0.4in; vertical-align: bottom; }
        .page-break + * { break-before: page; }
        @media screen { .page-break { border-top: 1px dashed #999; margin: 2em 0; } }
        @media print {
          html, body { background: none; }
          body { margin: 0; padding: 0; max-width: none; font-size: 11pt; line-height: 1.25; }
          p { margin-bottom: 0.7em; }
          p.address, p.date { margin-bottom: 1em; }
          li { margin-bottom: 0.1em; }
          ul, ol { margin-bottom: 0.7em; }
          h1, h2, h3 { break-after: avoid; }
          tr, li, .keep, p.address, p.signature, p.notice { break-inside: avoid; }
          p { orphans: 3; widows: 3; }
          p.notice, p.signature { break-before: avoid; }
          th { background: none; }
          .page-break { display: none; }
        }
        """
}
