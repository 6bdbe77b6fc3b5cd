import Templating

/// One input is a template body: compiled, and when it compiles, rendered in draft mode against a
/// small context with a list, so loops, conditions and filters all run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let source = TemplateSource(path: "fuzz.md", text: "---\nid: fuzz\ntitle: Fuzz\nlanguage: en\n---\n" + text)
    guard let library = try? TemplateLibrary(sources: [source]) else { return 0 }
    let context: TemplateValue = [
        "a": true, "n": 3, "s": "O'Brien & <Sons>",
        "xs": .list([["v": "x"], ["v": "y"]]),
        "debt": ["amount": .money(cents: 12_345)],
    ]
    for template in library.templates {
        _ = try? template.render(context, options: .init(draft: true))
        _ = try? template.render(context)
    }
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
_ = runDriver(&arguments, &vector, fuzzTemplate)
