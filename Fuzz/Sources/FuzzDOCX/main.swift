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

// SwiftPM gives an executable its own entry point, so libFuzzer's main is not used: start its
// driver from here with the same callback.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

var arguments = CommandLine.argc
var vector = CommandLine.unsafeArgv
_ = runDriver(&arguments, &vector, fuzzDOCX)
