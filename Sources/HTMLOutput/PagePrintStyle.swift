import DocumentTree

/// The document's own print rules: "Page X of Y" at the foot of every page and, from page 2 on, the
/// continuation header, both in CSS page-margin boxes (which Chromium prints). The words come
/// from the document, so they are written as CSS strings with every character that could end the
/// string, the rule or the `<style>` element escaped.
enum PagePrintStyle {
    static func append(_ page: PageFurniture, to out: inout [UInt8]) {
        out.append(markup: "<style>\n@media print {\n  @page { @bottom-center { content: ")
        cssString(page.pageWord, to: &out)
        out.append(markup: " counter(page) ")
        cssString(page.ofWord, to: &out)
        out.append(markup: " counter(pages); font: 9pt Georgia, \"Times New Roman\", Times, serif; }")
        if !page.continuation.isEmpty {
            out.append(markup: "\n    @top-left { content: ")
            cssString(page.continuation, to: &out)
            out.append(markup: "; white-space: pre; font: 9pt Georgia, \"Times New Roman\", Times, serif; vertical-align: bottom; padding-bottom: 0.2in; } }\n")
            out.append(markup: "  @page :first { @top-left { content: none; } }\n")
        } else {
            out.append(markup: " }\n")
        }
        out.append(markup: "}\n</style>\n")
    }

    /// `value` as a double-quoted CSS string: letters and digits as they are, a line end as `\a`,
    /// and quotes, backslashes, angle brackets, ampersands and other punctuation as hex escapes.
    static func cssString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in value.unicodeScalars where scalar.isXMLAllowed && scalar != "\r" {
            let v = scalar.value
            let plain =
                (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
                || v == 0x20 || v == 0x2C || v == 0x2E || v >= 0xA0
            if plain {
                out.append(contentsOf: String(scalar).utf8)
            } else {
                out.append(UInt8(ascii: "\\"))
                out.append(contentsOf: String(v, radix: 16).utf8)
                out.append(UInt8(ascii: " "))
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
