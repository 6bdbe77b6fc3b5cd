import DOCXTemplate
import Templating

/// One input is a .docx file: read and compiled, and when it compiles, filled.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOCX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let filler = try? DOCXTemplateFiller(template: bytes) else { return 0 }
    let context: TemplateValue = ["a": true, "s": "O'Brien & <Sons>", "xs": .list([["v": "x"], ["v": "y"]])]
    _ = try? filler.fill(context, options: .init(draft: true))
    return 0
}
