import CaseModel
import Foundation
import Testing
@testable import Batch

@Suite struct BatchResumeTests {
    static func settings(date: String = "2026-11-27", formats: [String] = ["txt", "html", "docx"]) -> BatchRunSettings {
        BatchRunSettings(
            input: "cases.jsonl", inputSize: 1234, date: date, documents: ["cease-contact"], formats: formats,
            language: nil, draft: false, packet: false, shard: "1/1", templates: "abc123")
    }

    static func run(
        _ records: [BatchRecord], into folder: String, settings: BatchRunSettings, resume: Bool = false,
        limit: Int? = nil
    ) async throws -> BatchSummary {
        let options = BatchOptions(
            outputFolder: folder, jobs: 2, resume: resume, asOf: Fixtures.today,
            recordLimit: limit, settings: settings, syncEvery: 2)
        return try await BatchRunner(options: options, renderer: Fixtures.renderer)
            .run(ArraySource(records: records), total: records.count)
    }

    @Test func resumeRefusesAnotherForceOrOfficeLanguage() {
        var forced = Self.settings()
        forced.force = true
        #expect(forced.differences(from: Self.settings()) == ["force false, now true"])
        var spanish = Self.settings()
        spanish.officeLanguage = "es"
        #expect(spanish.differences(from: Self.settings()) == ["office language en, now es"])
        #expect(BatchRunSettings(journalLine: Substring(forced.journalLine.dropLast())) == forced)
    }

    @Test func theJournalRecordsTheSettingsAndResumeRefusesOthers() async throws {
        let records = Fixtures.records(5)
        let dir = Fixtures.temporaryFolder()
        _ = try await Self.run(records, into: dir, settings: Self.settings(), limit: 2)
        #expect(BatchRunSettings.recorded(inFolder: dir, files: BatchFiles()) == Self.settings())
        #expect(Fixtures.read(dir + "/.progress").hasPrefix("#settings {"))

        let later = Self.settings(date: "2026-11-28", formats: ["docx"])
        do {
            _ = try await Self.run(records, into: dir, settings: later, resume: true)
            Issue.record("resumed with another date")
        } catch let BatchRunner.Failure.resumeMismatch(journal, differences) {
            #expect(journal == dir + "/.progress")
            #expect(differences == ["date 2026-11-27, now 2026-11-28", "formats txt,html,docx, now docx"])
        }
        // Nothing was touched by the refusal; the same settings finish the run.
        let resumed = try await Self.run(records, into: dir, settings: Self.settings(), resume: true)
        #expect(resumed.resumed == 2 && resumed.records == 5)
        let whole = Fixtures.temporaryFolder()
        _ = try await Self.run(records, into: whole, settings: Self.settings())
        #expect(Fixtures.read(dir + "/manifest.csv") == Fixtures.read(whole + "/manifest.csv"))
        #expect(Fixtures.read(dir + "/.progress") == Fixtures.read(whole + "/.progress"))
    }

    @Test func aJournalWithoutSettingsIsRefusedWhenSettingsAreGiven() async throws {
        let records = Fixtures.records(3)
        let dir = Fixtures.temporaryFolder()
        _ = try await Fixtures.run(records, into: dir, limit: 1)
        await #expect(throws: BatchRunner.Failure.self) {
            _ = try await Self.run(records, into: dir, settings: Self.settings(), resume: true)
        }
    }

    @Test func settingsListEveryDifference() {
        var other = Self.settings()
        other.input = "other.jsonl"
        other.inputSize = nil
        other.documents = []
        other.language = "es"
        other.draft = true
        other.packet = true
        other.shard = "2/4"
        other.templates = "def456"
        #expect(other.differences(from: Self.settings()).count == 8)
        #expect(Self.settings().differences(from: Self.settings()).isEmpty)
        let line = Self.settings().journalLine
        #expect(BatchRunSettings(journalLine: Substring(line.dropLast())) == Self.settings())
    }

    @Test func resumeRewritesAFileWhoseBytesChangedButNotItsSize() async throws {
        let records = Fixtures.records(3)
        let dir = Fixtures.temporaryFolder()
        _ = try await Self.run(records, into: dir, settings: Self.settings(), limit: 2)
        let path = dir + "/case-1/cease-contact.txt"
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        // What a power loss can leave: the right size, other blocks.
        try Data(repeating: 0, count: good.count).write(to: URL(fileURLWithPath: path))
        let resumed = try await Self.run(records, into: dir, settings: Self.settings(), resume: true)
        #expect(resumed.repaired == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == good)
    }

    @Test func theManifestCarriesTheValidatedIDNotTheScannedOne() async throws {
        // The reader's one-line read cannot see a block scalar's text; the case's id is `tx-9`.
        let yaml = Fixtures.demo.replacingOccurrences(of: "\nid: demo\n", with: "\nid: >-\n  tx-9\n")
        let scanned = CaseParser.caseID(in: yaml, format: .yaml)
        #expect(scanned == nil)
        let records = [BatchRecord(number: 1, caseID: scanned, payload: .text(yaml, .yaml), source: "a.yaml")]
        let dir = Fixtures.temporaryFolder()
        _ = try await Fixtures.run(records, into: dir)
        let rows = Fixtures.read(dir + "/manifest.csv").split(separator: "\n").dropFirst()
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.hasPrefix("tx-9,") })
    }
}
