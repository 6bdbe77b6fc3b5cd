import Batch
import CaseModel

/// The first byte picks the reader: 0 JSON, 1 YAML, 2 a CSV file (header and rows); the rest is
/// the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCase(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let text = String(decoding: bytes, as: UTF8.self)
    let asOf = CalendarDate(year: 2026, month: 11, day: 27)!
    switch data[0] % 3 {
    case 0: _ = CaseParser.parse(text, format: .json, asOf: asOf)
    case 1: _ = CaseParser.parse(text, format: .yaml, asOf: asOf)
    default:
        guard var reader = try? CSVRecordReader(text: text) else { return 0 }
        while let record = try? reader.next() {
            if case .fields(let row) = record.payload { _ = CaseParser.parse(dottedPaths: row, asOf: asOf) }
        }
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
_ = runDriver(&arguments, &vector, fuzzCase)
