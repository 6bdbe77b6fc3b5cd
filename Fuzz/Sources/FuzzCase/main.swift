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
