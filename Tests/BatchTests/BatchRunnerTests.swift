import CaseModel
import Foundation
import Testing
import ZIPArchive
@testable import Batch

@Suite struct BatchRunnerTests {
    @Test func badRecordsInTheMiddleAreReportedAndSkipped() async throws {
        let dir = Fixtures.temporaryFolder()
        var records = Fixtures.records(6, bad: [3])
        records[4] = BatchRecord(
            number: 5, caseID: "case-5",
            payload: .fields([("id", "case-5"), ("debtor.name", "Ana"), ("debtor.zzz", "1")]))
        let summary = try await Fixtures.run(records, into: dir)
        #expect(summary.records == 6)
        #expect(summary.succeeded == 4)
        #expect(summary.failed == 2)
        #expect(summary.files == 12)

        let errorLines = Fixtures.read(dir + "/errors.jsonl").split(separator: "\n")
        #expect(errorLines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(errorLines[0].utf8)) as! [String: Any]
        #expect(first["record"] as? Int == 3)
        #expect(first["case_id"] as? String == "case-3")
        let second = try JSONSerialization.jsonObject(with: Data(errorLines[1].utf8)) as! [String: Any]
        let errors = second["errors"] as! [[String: String]]
        #expect(second["record"] as? Int == 5)
        #expect(errors.contains { $0["path"] == "debtor.zzz" })
        #expect(errors.allSatisfy { $0["message"]?.isEmpty == false })

        let manifest = Fixtures.read(dir + "/manifest.csv").split(separator: "\n")
        #expect(manifest.first == "case_id,document,format,language,path,bytes,sha256")
        #expect(
            manifest.dropFirst().map { $0.split(separator: ",")[0] }
                == [
                    "case-1", "case-1", "case-1", "case-2", "case-2", "case-2", "case-4", "case-4", "case-4",
                    "case-6", "case-6", "case-6",
                ])
        for line in manifest.dropFirst() {
            let cells = line.split(separator: ",").map(String.init)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + cells[4]))
            #expect(bytes.count == Int(cells[5]))
            #expect(SHA256.hex(of: Array(bytes)) == cells[6])
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/case-3"))
    }

    @Test func resumeAfterAnInterruptionGivesTheSameManifest() async throws {
        let records = Fixtures.records(9, bad: [4])
        let whole = Fixtures.temporaryFolder()
        _ = try await Fixtures.run(records, into: whole)

        let dir = Fixtures.temporaryFolder()
        let partial = try await Fixtures.run(records, into: dir, limit: 5)
        #expect(partial.stoppedEarly && partial.records == 5)
        // The crash: record 6's files written but only half its manifest line appended, a torn
        // journal line, a temporary file left behind, and one of record 2's files lost.
        let manifest = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/manifest.csv"))
        try manifest.seekToEnd()
        try manifest.write(contentsOf: Data("case-6,cease-contact,txt,en,case-6/cease-con".utf8))
        try manifest.close()
        let journal = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/.progress"))
        try journal.seekToEnd()
        try journal.write(contentsOf: Data("6 99".utf8))
        try journal.close()
        try FileManager.default.createDirectory(atPath: dir + "/case-6", withIntermediateDirectories: true)
        try Data("half".utf8).write(to: URL(fileURLWithPath: dir + "/case-6/.cease-contact.docx.tmp-1-2"))
        try FileManager.default.removeItem(atPath: dir + "/case-2/cease-contact.html")

        let resumed = try await Fixtures.run(records, into: dir, resume: true)
        #expect(resumed.resumed == 5)
        #expect(resumed.repaired == 1)
        #expect(resumed.records == 9 && resumed.failed == 1 && resumed.succeeded == 8)
        #expect(Fixtures.read(dir + "/manifest.csv") == Fixtures.read(whole + "/manifest.csv"))
        #expect(Fixtures.read(dir + "/errors.jsonl") == Fixtures.read(whole + "/errors.jsonl"))
        #expect(FileManager.default.fileExists(atPath: dir + "/case-2/cease-contact.html"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/case-6/.cease-contact.docx.tmp-1-2"))
    }

    @Test func resumeWithATruncatedManifestRedoesWhatWasLost() async throws {
        let records = Fixtures.records(6)
        let whole = Fixtures.temporaryFolder()
        _ = try await Fixtures.run(records, into: whole)
        let dir = Fixtures.temporaryFolder()
        _ = try await Fixtures.run(records, into: dir)
        // Lose the manifest's tail (its last record and a half): the journal no longer agrees.
        let path = dir + "/manifest.csv"
        let text = Fixtures.read(path)
        try Data(text.utf8.dropLast(300)).write(to: URL(fileURLWithPath: path))
        let resumed = try await Fixtures.run(records, into: dir, resume: true)
        #expect(resumed.resumed < 6)
        #expect(Fixtures.read(path) == Fixtures.read(whole + "/manifest.csv"))
    }

    @Test(arguments: [2, 3, 4])
    func everyRecordLandsInExactlyOneShardAndManifestsConcatenate(shards: Int) async throws {
        let records = Fixtures.records(7, bad: [2])
        let whole = Fixtures.temporaryFolder()
        _ = try await Fixtures.run(records, into: whole)
        let dir = Fixtures.temporaryFolder()
        var manifest = ManifestRow.header
        var errors = ""
        var counted = 0
        for k in 1...shards {
            let shard = Shard(index: k, count: shards)!
            let summary = try await Fixtures.run(records, into: dir, shard: shard)
            counted += summary.records
            let files = BatchFiles(shard: shard)
            manifest += Fixtures.read(dir + "/" + files.manifest).dropFirst(ManifestRow.header.count)
            errors += Fixtures.read(dir + "/" + files.errors)
        }
        #expect(counted == 7)
        #expect(manifest == Fixtures.read(whole + "/manifest.csv"))
        #expect(errors == Fixtures.read(whole + "/errors.jsonl"))
    }

    @Test func shardRangesPartitionTheRecords() {
        for total in [0, 1, 5, 100, 101] {
            for n in 1...7 {
                let ranges = (1...n).compactMap { Shard(index: $0, count: n)!.records(outOf: total) }
                #expect(ranges.flatMap { Array($0) } == Array(0..<total).map { $0 + 1 }, "\(total) records, \(n) shards")
            }
        }
        #expect(Shard(parsing: "0/3") == nil && Shard(parsing: "4/3") == nil && Shard(parsing: "x") == nil)
        #expect(Shard(parsing: "2/3") == Shard(index: 2, count: 3))
    }

    @Test func twoRunsGiveIdenticalManifestsAndZIPs() async throws {
        let records = Fixtures.records(4, bad: [2])
        let a = Fixtures.temporaryFolder()
        let b = Fixtures.temporaryFolder()
        let first = try await Fixtures.run(records, into: a, zip: true, jobs: 1)
        _ = try await Fixtures.run(records, into: b, zip: true, jobs: 3)
        #expect(first.zip == "batch.zip")
        #expect(Fixtures.read(a + "/manifest.csv") == Fixtures.read(b + "/manifest.csv"))
        let zipA = try Data(contentsOf: URL(fileURLWithPath: a + "/batch.zip"))
        let zipB = try Data(contentsOf: URL(fileURLWithPath: b + "/batch.zip"))
        #expect(zipA == zipB)
        let archive = try ZIPReader(Array(zipA))
        let manifestPaths = Fixtures.read(a + "/manifest.csv").split(separator: "\n").dropFirst()
            .map { String($0.split(separator: ",")[4]) }
        #expect(archive.entries.map(\.path) == manifestPaths + ["manifest.csv"])
        let docx = try archive.contents(of: archive.entries[2])
        #expect(docx == Array(try Data(contentsOf: URL(fileURLWithPath: a + "/" + manifestPaths[2]))))
    }

    @Test func hostileIdsStayInsideTheOutputFolder() async throws {
        let dir = Fixtures.temporaryFolder() + "/out"
        let ids = ["../../etc/passwd", "CON", "a/b", "a_b", ".hidden"]
        let records = ids.enumerated().map { i, id in
            BatchRecord(number: i + 1, caseID: id, payload: .text(Fixtures.demoCase(id: "x\(i)", name: "N"), .yaml))
        }
        let summary = try await Fixtures.run(records, into: dir)
        #expect(summary.renamedCount == 5)  // a_b is taken by a/b first
        let folders = try FileManager.default.contentsOfDirectory(atPath: dir).filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: dir + "/" + name, isDirectory: &isFolder) && isFolder.boolValue
        }
        #expect(Set(folders) == ["_._etc_passwd", "_CON", "a_b", "a_b-2", "hidden"])
        #expect(!FileManager.default.fileExists(atPath: dir + "/../etc"))
    }

    @Test func streamingZIPMatchesTheInMemoryWriter() throws {
        var memory = ZIPWriter()
        var stream = ZIPStreamWriter(sink: [UInt8]())
        for (i, text) in ["alpha", String(repeating: "beta ", count: 500), ""].enumerated() {
            memory.add(path: "f\(i).txt", contents: Array(text.utf8), method: i == 1 ? .deflate : .store)
            try stream.add(path: "f\(i).txt", contents: Array(text.utf8), method: i == 1 ? .deflate : .store)
        }
        #expect(try stream.finish() == memory.finish())
    }
}

/// How many records a worker takes at once.
@Suite struct ChunkSizeTests {
    @Test func smallBatchesStillSpreadAndStreamsGoOneByOne() {
        #expect(BatchRunner.chunkSize(records: 10_000, jobs: 2) == 16)
        #expect(BatchRunner.chunkSize(records: 40, jobs: 2) == 2)
        #expect(BatchRunner.chunkSize(records: 16, jobs: 2) == 1)
        #expect(BatchRunner.chunkSize(records: 0, jobs: 4) == 1)
        #expect(BatchRunner.chunkSize(records: nil, jobs: 2) == 1)
    }
}

/// `--jobs N` bounds how many records are in workers at once (it once let 2 × N run).
@Suite struct JobsTests {
    /// Counts the renders running at once, and the most seen.
    final class Gauge: @unchecked Sendable {
        private let lock = NSLock()
        private var running = 0
        private(set) var most = 0
        func enter() { lock.lock(); running += 1; most = max(most, running); lock.unlock() }
        func leave() { lock.lock(); running -= 1; lock.unlock() }
    }

    struct GaugedRenderer: BatchRenderer {
        let inner: TemplateRenderer
        let gauge: Gauge
        func render(_ theCase: Case, folder: String) -> BatchRendering {
            gauge.enter()
            defer { gauge.leave() }
            usleep(2_000)
            return inner.render(theCase, folder: folder)
        }
    }

    @Test(arguments: [1, 2])
    func atMostJobsRecordsRenderAtOnce(jobs: Int) async throws {
        let gauge = Gauge()
        let options = BatchOptions(outputFolder: Fixtures.temporaryFolder(), jobs: jobs, asOf: Fixtures.today)
        let records = Fixtures.records(40)
        let summary = try await BatchRunner(options: options, renderer: GaugedRenderer(inner: Fixtures.renderer, gauge: gauge))
            .run(ArraySource(records: records), total: records.count)
        #expect(summary.succeeded == 40)
        #expect(gauge.most <= jobs)
    }
}
