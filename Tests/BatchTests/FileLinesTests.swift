import Foundation
import Testing
@testable import Batch

@Suite struct FileLinesTests {
    static func write(_ bytes: [UInt8]) throws -> String {
        let path = Fixtures.temporaryFolder() + "/cases.jsonl"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func records(_ path: String, maxLineBytes: Int = 16 << 20) throws -> [BatchRecord] {
        var reader = try JSONLinesRecordReader(path: path, maxLineBytes: maxLineBytes)
        var out: [BatchRecord] = []
        while let record = try reader.next() { out.append(record) }
        return out
    }

    static func reason(_ record: BatchRecord) -> String? {
        guard case .unreadable(let reason) = record.payload else { return nil }
        return reason
    }

    @Test func aLineThatIsNotUTF8IsABadRecordNotReplacementCharacters() throws {
        let bytes =
            Array("{\"id\": \"a\"}\n".utf8) + Array("{\"id\": \"b\", \"x\": \"".utf8) + [0xFF, 0xFE]
            + Array("\"}\n\n{\"id\": \"c\"}\n".utf8)
        let path = try Self.write(bytes)
        let records = try Self.records(path)
        #expect(records.map(\.number) == [1, 2, 3])
        #expect(records.map(\.source) == ["line 1", "line 2", "line 4"])
        #expect(Self.reason(records[1])?.hasPrefix("not UTF-8 text") == true)
        #expect(records[2].caseID == "c")
        #expect(try BatchInput(path: path).countRecords() == 3)
    }

    @Test func aLineOverTheCapIsABadRecordAndTheBatchGoesOn() throws {
        // 700 KiB without a line feed spans several 256 KiB reads; the cap is 100 KiB.
        let long = Array("{\"id\": \"long\", \"pad\": \"".utf8) + [UInt8](repeating: 0x61, count: 700 << 10) + Array("\"}\n".utf8)
        let path = try Self.write(Array("{\"id\": \"a\"}\n".utf8) + long + Array("{\"id\": \"b\"}".utf8))
        let records = try Self.records(path, maxLineBytes: 100 << 10)
        #expect(records.map(\.caseID) == ["a", nil, "b"])
        #expect(Self.reason(records[1]) == "the line is longer than 102400 bytes")
        #expect(records.map(\.source) == ["line 1", "line 2", "line 3"])
    }

    @Test func aLineOneByteOverTheCapIsRefusedAndOneAtTheCapIsKept() throws {
        // Both lines fit in one read, so the cap must be checked where the line feed is found.
        let cap = 1000
        let over = "{\"id\": \"over\", \"p\": \"" + String(repeating: "x", count: cap - 22) + "\"}"
        let at = "{\"id\": \"at\", \"p\": \"" + String(repeating: "x", count: cap - 21) + "\"}"
        #expect(over.utf8.count == cap + 1 && at.utf8.count == cap)
        let records = try Self.records(try Self.write(Array((over + "\n" + at + "\n").utf8)), maxLineBytes: cap)
        #expect(Self.reason(records[0]) == "the line is longer than \(cap) bytes")
        #expect(records[1].caseID == "at")
    }

    @Test func anEndlessLineAtTheEndIsOneBadRecord() throws {
        let path = try Self.write(Array("{\"id\": \"a\"}\n".utf8) + [UInt8](repeating: 0x20 + 1, count: 600 << 10))
        let records = try Self.records(path, maxLineBytes: 64 << 10)
        #expect(records.count == 2)
        #expect(Self.reason(records[1])?.hasPrefix("the line is longer") == true)
    }

    @Test func longLinesUnderTheCapAreKeptWhole() throws {
        let pad = String(repeating: "x", count: 900 << 10)
        let path = try Self.write(Array("{\"id\": \"big\", \"pad\": \"\(pad)\"}\n{\"id\": \"b\"}\n".utf8))
        let records = try Self.records(path)
        #expect(records.map(\.caseID) == ["big", "b"])
        guard case .text(let text, _) = records[0].payload else { Issue.record("not text"); return }
        #expect(text == "{\"id\": \"big\", \"pad\": \"\(pad)\"}")
    }
}
