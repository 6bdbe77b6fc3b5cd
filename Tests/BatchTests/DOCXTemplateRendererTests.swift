import Foundation
import Testing
import ZIPArchive
@testable import Batch

/// `redress batch --docx-template`: the renderer seam with a user's Word template.
@Suite struct DOCXTemplateRendererTests {
    static let template = Array(try! Data(contentsOf: URL(fileURLWithPath: Fixtures.root + "/templates/docx/cease-contact-letterhead.docx")))

    @Test func everyCaseFillsTheWordTemplate() async throws {
        let dir = Fixtures.temporaryFolder()
        let renderer = try DOCXTemplateRenderer(template: Self.template, documentID: "cease-contact-letterhead", today: Fixtures.today)
        let options = BatchOptions(outputFolder: dir, jobs: 2, shard: .whole, resume: false, zip: false, asOf: Fixtures.today)
        let records = Fixtures.records(3, bad: [2])
        let summary = try await BatchRunner(options: options, renderer: renderer).run(ArraySource(records: records), total: 3)
        #expect(summary.succeeded == 2)
        #expect(summary.failed == 1)
        #expect(summary.files == 2)
        let manifest = Fixtures.read(dir + "/manifest.csv").split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(
            manifest.map { [$0[0], $0[1], $0[2], $0[4]] } == [
                ["case-1", "cease-contact-letterhead", "docx", "case-1/cease-contact-letterhead.docx"],
                ["case-3", "cease-contact-letterhead", "docx", "case-3/cease-contact-letterhead.docx"],
            ])
        for n in [1, 3] {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: dir + "/case-\(n)/cease-contact-letterhead.docx")))
            let reader = try ZIPReader(bytes)
            let body = String(decoding: try reader.contents(atPath: "word/document.xml"), as: UTF8.self)
            let letterhead = String(decoding: try reader.contents(atPath: "word/header2.xml"), as: UTF8.self)
            let continuation = String(decoding: try reader.contents(atPath: "word/header1.xml"), as: UTF8.self)
            #expect(body.contains("Dear Keystone Recovery Services, Inc.:"))
            #expect(body.contains(">Debtor \(n)<"))
            #expect(letterhead.contains(">Debtor \(n)<"))
            #expect(continuation.contains(">Keystone Recovery Services, Inc. — November 27, 2026 — Re: Account ending in "))
            #expect(!continuation.contains("{{") && !letterhead.contains("{{"))
            #expect(!body.contains("{{"))
        }
    }

    @Test func missingValuesFailTheRecordNamingPartParagraphAndTag() async throws {
        // This fixture has {{injection}}, which no case supplies.
        let path = Fixtures.root + "/Tests/DOCXTemplateTests/Fixtures/split-runs.docx"
        let renderer = try DOCXTemplateRenderer(
            template: Array(try Data(contentsOf: URL(fileURLWithPath: path))), documentID: "split-runs", today: Fixtures.today)
        let dir = Fixtures.temporaryFolder()
        let options = BatchOptions(outputFolder: dir, jobs: 1, shard: .whole, resume: false, zip: false, asOf: Fixtures.today)
        let summary = try await BatchRunner(options: options, renderer: renderer).run(ArraySource(records: Fixtures.records(1)), total: 1)
        #expect(summary.failed == 1)
        let errors = Fixtures.read(dir + "/errors.jsonl")
        #expect(errors.contains("word/document.xml: paragraph 15"))
        #expect(errors.contains("{{injection}}"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/case-1/split-runs.docx"))
    }

    @Test func aBrokenTemplateIsRefusedUpFront() {
        #expect(throws: (any Error).self) {
            try DOCXTemplateRenderer(template: Array("not a docx".utf8), documentID: "x", today: Fixtures.today)
        }
    }
}
