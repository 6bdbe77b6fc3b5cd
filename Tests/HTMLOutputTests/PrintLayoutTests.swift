import DocumentTree
import HTMLOutput
import Testing

/// What Chromium needs to print the HTML like the DOCX: page numbers and the continuation header
/// in page-margin boxes, keep-together groups, rows that do not split, forms to write on.
@Suite struct PrintLayoutTests {
    func html(_ blocks: [Block], page: PageFurniture = PageFurniture()) -> String {
        HTMLWriter().write(Document(metadata: Metadata(title: "T", page: page), blocks: blocks))
    }

    @Test func everyPageCarriesItsNumberInTheDocumentsLanguage() {
        #expect(html([]).contains(#"@bottom-center { content: "Page " counter(page) " of " counter(pages);"#))
        let spanish = html([], page: .words(forLanguage: "es-US"))
        #expect(spanish.contains(#"content: "Página " counter(page) " de " counter(pages);"#))
    }

    @Test func theContinuationHeaderIsLeftOffTheFirstPage() {
        let out = html([], page: PageFurniture(continuation: "Acme — November 27, 2026"))
        #expect(out.contains(#"@top-left { content: "Acme — November 27, 2026";"#))
        #expect(out.contains("@page :first { @top-left { content: none; } }"))
        #expect(!html([]).contains("@top-left"))
    }

    @Test func aContinuationHeaderCannotEndTheStringTheRuleOrTheStyleElement() {
        let out = html([], page: PageFurniture(continuation: "a\"; } </style><script>x</script>\\\nb"))
        #expect(!out.contains("</style><script>"))
        #expect(out.contains(#"content: "a\22 \3b  \7d  \3c \2f style\3e \3c script\3e x\3c \2f script\3e \5c \a b";"#))
    }

    @Test func keepGroupsFormsAndRowsHoldTogetherInPrint() {
        let out = html([
            .keep([
                .paragraph(style: .body, content: [.text("Sincerely,")]),
                .paragraph(style: .signature, content: [.text("Name")]),
            ]),
            .table(Table(header: [[.text("Date")]], rows: [[[.text("_")]]], isForm: true)),
        ])
        #expect(out.contains("<div class=\"keep\">\n<p>Sincerely,</p>\n<p class=\"signature\">Name</p>\n</div>\n"))
        #expect(out.contains("<table class=\"form\">"))
        #expect(out.contains("table.form { width: 100%; }"))
        #expect(out.contains("table.form tbody td { height: 0.4in;"))
        #expect(out.contains("tr, li, .keep, p.address, p.signature, p.notice { break-inside: avoid; }"))
        #expect(out.contains("p.signature { margin-top: 0.5in;"))
    }
}
