// RedressBench: documents per second for each format, in memory and written to disk.
//
//   swift run -c release --package-path Benchmarks RedressBench [count] [document-id] [--batch N] [--batch-only] [--batch-format txt|html|docx] [--stages [N]]
//
// Then a batch of N synthetic cases (default 10,000) as JSON Lines through the real batch pipeline
// on every core, one format at a time, with the floor and peak memory (see BatchBench.swift).
// --stages [N] prints only the cost of each stage of one record (µs, single thread; see StageBench.swift).
// --batch-only skips the single-thread table (whose contexts stay in memory) to measure peak memory.
//
// Renders one document for `count` synthetic cases (default 2,000) made from samples/demo.yaml with
// a different id and debtor name each, single-threaded. "in memory" = context → template → tree →
// bytes; "to disk" adds the atomic write of each file into a temporary folder that is then removed
// (as a batch writes: no fsync); "durable" writes as `generate` does, flushing file and folder to disk.
import CaseModel
import Foundation
import Generator
import Templating

var arguments = Array(CommandLine.arguments.dropFirst())
var batchRecords = 10_000
if let flag = arguments.firstIndex(of: "--batch"), flag + 1 < arguments.count {
    batchRecords = Int(arguments[flag + 1]) ?? batchRecords
    arguments.removeSubrange(flag...(flag + 1))
}
var stageRecords: Int?
if let flag = arguments.firstIndex(of: "--stages") {
    stageRecords = flag + 1 < arguments.count ? Int(arguments[flag + 1]) : nil
    arguments.removeSubrange(flag...(stageRecords == nil ? flag : flag + 1))
    stageRecords = stageRecords ?? 2_000
}
var batchFormats = OutputFormat.allCases
if let flag = arguments.firstIndex(of: "--batch-format"), flag + 1 < arguments.count {
    batchFormats = [OutputFormat(rawValue: arguments[flag + 1]) ?? .docx]
    arguments.removeSubrange(flag...(flag + 1))
}
let batchOnly = arguments.contains("--batch-only")
arguments.removeAll { $0 == "--batch-only" }
let count = arguments.first.flatMap(Int.init) ?? 2_000
let documentID = arguments.dropFirst().first ?? "cease-contact"
guard let home = ResourceLocator.home() else { fatalError("run from the Redress checkout (templates/ not found)") }
let library = try TemplateLibrary.load(builtIn: home + "/templates")
let generator = DocumentGenerator(library: library)
let today = CalendarDate(year: 2026, month: 11, day: 27)!

if let stageRecords {
    // Off the main thread, as batch workers run: the main thread's malloc arena gives large blocks
    // (zlib's state) back to the system after each use, and the page faults would triple deflate's time.
    let documentID = arguments.dropFirst().first ?? "cease-contact"
    try await Task.detached {
        try StageBench.run(
            records: stageRecords, home: home, generator: generator, today: CalendarDate(year: 2026, month: 11, day: 27)!,
            documentID: documentID)
    }.value
    exit(0)
}

let demoText = try String(contentsOfFile: home + "/samples/demo.yaml", encoding: .utf8)
guard let demo = CaseParser.parse(demoText, format: .yaml, asOf: today).value else { fatalError("demo case invalid") }
let contexts: [(Case, TemplateValue)] = (0..<(batchOnly ? 0 : count)).map { i in
    var c = demo
    c.id = "bench-\(i)"
    c.debtor.name = "Debtor Number \(i) O'Brien & <Sons>"
    return (c, CaseContext.make(for: c, today: today, language: "en"))
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

if !batchOnly {
    print("Redress benchmark: \(count) × \(documentID), 1 thread, \(ProcessInfo.processInfo.activeProcessorCount) cores available")
    print("| format | in memory (docs/s) | to disk (docs/s) | to disk, durable (docs/s) | bytes/doc |")
    print("| --- | ---: | ---: | ---: | ---: |")
    let clock = ContinuousClock()
    let folder = NSTemporaryDirectory() + "redress-bench-\(getpid())"
    for format in OutputFormat.allCases {
        var bytes = 0
        let memory = try clock.measure {
            for (c, context) in contexts {
                let request = DocumentGenerator.Request(
                    documentID: documentID, language: "en", formats: [format],
                    folder: c.id, author: c.debtor.name, date: today.description)
                for file in try generator.files(for: request, context: context) { bytes += file.bytes.count }
            }
        }
        let write = { (durable: Bool) in
            try clock.measure {
                for (c, context) in contexts {
                    let request = DocumentGenerator.Request(
                        documentID: documentID, language: "en", formats: [format],
                        folder: c.id, author: c.debtor.name, date: today.description)
                    for file in try generator.files(for: request, context: context) {
                        try AtomicFile.write(file.bytes, to: folder + "/" + file.relativePath, durable: durable)
                    }
                }
            }
        }
        let disk = try write(false)
        let durable = try write(true)
        let rate = { (d: Duration) in String(format: "%.0f", Double(count) / seconds(d)) }
        print("| \(format.rawValue) | \(rate(memory)) | \(rate(disk)) | \(rate(durable)) | \(bytes / count) |")
    }
    try? FileManager.default.removeItem(atPath: folder)
}
try await BatchBench.run(records: batchRecords, formats: batchFormats, home: home, library: TemplateLibraryBox(library: library), today: today)
