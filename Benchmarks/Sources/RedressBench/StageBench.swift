// The per-stage half of the benchmark: microseconds per record for each step a batch worker takes,
// single-threaded, so that a change to one stage can be measured on its own.
import Batch
import CaseModel
import Foundation
import Generator
import LegalRules
import Templating
import ZIPArchive

/// `RedressBench --stages [N]`: the cost of each stage of one batch record, in µs.
enum StageBench {
    static func run(records: Int, home: String, generator: DocumentGenerator, today: CalendarDate, documentID: String) throws {
        let yaml = try String(contentsOfFile: home + "/samples/demo.yaml", encoding: .utf8)
        let line = BatchBench.json(try CaseNode(yaml: yaml))
        guard let theCase = CaseParser.parse(line, format: .json, asOf: today).value else { fatalError("demo case invalid") }
        let context = CaseContext.make(for: theCase, today: today, language: "en")
        let request = DocumentGenerator.Request(
            documentID: documentID, language: "en", formats: [.docx],
            folder: theCase.id, author: theCase.debtor.name, date: today.description)
        let document = try generator.document(for: request, context: context)
        let docx = generator.bytes(of: document, as: .docx)

        print(
            "Stages of one batch record (\(documentID), demo case as one JSON line of \(line.utf8.count) B), 1 thread, µs/record (best of 5 rounds of \(records))"
        )
        print("| stage | µs |")
        print("| --- | ---: |")
        var sink = 0
        // STAGE=text runs only the stages whose name contains it (to profile one stage with perf).
        let only = ProcessInfo.processInfo.environment["STAGE"]
        func stage(_ name: String, _ body: () throws -> Int) rethrows {
            if let only, !name.contains(only) { return }
            var best = Double.infinity
            for _ in 0..<5 {
                let start = ContinuousClock.now
                for _ in 0..<records { sink &+= try body() }
                best = min(best, BatchBench.seconds(ContinuousClock.now - start))
            }
            print("| \(name) | \(String(format: "%.1f", best * 1e6 / Double(records))) |")
        }
        stage("read + validate (JSON → Case)") { CaseParser.parse(line, format: .json, asOf: today).value?.income.count ?? 0 }
        stage("analysis") { CaseAnalyzer.analyze(theCase, asOf: today, language: .english).findings.count }
        stage("context (analysis deferred)") { CaseContext.make(for: theCase, today: today, language: "en") == .null ? 0 : 1 }
        stage("context and its analysis") { CaseContext.make(for: theCase, today: today, language: "en").value(at: "analysis") == nil ? 0 : 1 }
        stage("generate (context + every format)") {
            generator.generate(
                CaseJob(
                    theCase: theCase, documents: [documentID], formats: OutputFormat.allCases,
                    language: "en", today: today, folder: theCase.id, force: true)
            ).files.count
        }
        try stage("template → tree") { try generator.document(for: request, context: context).blocks.count }
        for format in OutputFormat.allCases {
            stage("tree → \(format.rawValue) bytes") { generator.bytes(of: document, as: format).count }
        }
        let xml = try ZIPReader(docx).contents(atPath: "word/document.xml")
        stage("deflate document.xml with zlib (\(xml.count) B → \(Deflate.compress(xml).count) B)") {
            Deflate.compress(xml).count
        }
        stage("SHA-256 of the DOCX (\(docx.count) B)") { SHA256.hex(of: docx).utf8.count }
        // A whole record as a batch worker takes it: read, render the DOCX, hash it; `store` is
        // given each file (a no-op, or the atomic write).
        func wholeRecord(_ store: (GeneratedFile) throws -> Void) rethrows -> Int {
            guard let parsed = CaseParser.parse(line, format: .json, asOf: today).value else { fatalError("demo case invalid") }
            let result = generator.generate(
                CaseJob(
                    theCase: parsed, documents: [documentID], formats: [.docx],
                    language: "en", today: today, folder: parsed.id, force: true))
            return try result.files.reduce(0) {
                try store($1); return $0 + SHA256.hex(of: $1.bytes).utf8.count
            }
        }
        stage("whole record in memory: read → DOCX bytes → SHA-256 (no file)") { wholeRecord { _ in } }
        var n = 0
        let folder = NSTemporaryDirectory() + "redress-stage-\(getpid())"
        try stage("whole record + atomic write of the file (a folder per record)") {
            // A new folder and file per record, as a batch makes them (removed at the end).
            try wholeRecord { file in
                n += 1
                try AtomicFile.write(file.bytes, to: folder + "/r\(n)/x.docx", durable: false)
            }
        }
        try? FileManager.default.removeItem(atPath: folder)
        if sink == 42 { print("") }
    }
}
