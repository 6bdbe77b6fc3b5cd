import Foundation
import Testing
import ZIPArchive

@Suite struct ZIPWriterTests {
    static func sample() -> [UInt8] {
        var writer = ZIPWriter()
        writer.add(path: "[Content_Types].xml", contents: Array("<Types/>".utf8))
        writer.add(path: "stored.txt", contents: Array("kept as is".utf8), method: .store)
        writer.add(path: "word/document.xml", contents: Array(String(repeating: "<w:p/>", count: 300).utf8))
        writer.add(path: "naïve/日本.txt", contents: Array("UTF-8 name 👋".utf8))
        writer.add(path: "empty", contents: [])
        return writer.finish()
    }

    @Test func roundTripsThroughTheReader() throws {
        let reader = try ZIPReader(Self.sample())
        #expect(reader.entries.map(\.path) == ["[Content_Types].xml", "stored.txt", "word/document.xml", "naïve/日本.txt", "empty"])
        #expect(reader.entries.map(\.method) == [.deflate, .store, .deflate, .deflate, .deflate])
        #expect(try reader.contents(atPath: "stored.txt") == Array("kept as is".utf8))
        #expect(try reader.contents(atPath: "naïve/日本.txt") == Array("UTF-8 name 👋".utf8))
        #expect(try reader.contents(atPath: "word/document.xml").count == 6 * 300)
        #expect(try reader.contents(atPath: "empty") == [])
        #expect(throws: ZIPReader.Error.missingEntry("nope")) { try reader.contents(atPath: "nope") }
    }

    @Test func isDeterministic() {
        #expect(Self.sample() == Self.sample())
    }

    @Test func preparedEntriesGiveTheSameBytes() {
        let contents = Array("<w:styles/>".utf8)
        let prepared = ZIPWriter.PreparedEntry(path: "word/styles.xml", contents: contents)
        var a = ZIPWriter(), b = ZIPWriter()
        a.add(path: "word/styles.xml", contents: contents)
        b.add(prepared)
        #expect(a.finish() == b.finish())
        #expect(prepared.crc32 == CRC32.checksum(contents))
        #expect(prepared.uncompressedSize == UInt32(contents.count))
    }

    @Test func usesTheFixedTimestampAndUTF8Flag() {
        let bytes = Self.sample()
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes[6..<8]) == [0x00, 0x08])  // flags: bit 11, UTF-8
        #expect(Array(bytes[10..<14]) == [0x00, 0x00, 0x21, 0x00])  // 00:00:00, 1980-01-01
    }

    @Test func externalToolAcceptsTheArchive() throws {
        let tool: [String]
        if let python = Self.which("python3") {
            tool = [python, "-m", "zipfile", "-t"]
        } else if let unzip = Self.which("unzip") {
            tool = [unzip, "-t"]
        } else {
            Issue.record("neither python3 nor unzip is installed; archive not checked externally")
            return
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redress-ziptest-\(UUID().uuidString).zip")
        try Data(Self.sample()).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool[0])
        process.arguments = Array(tool.dropFirst()) + [url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(tool[0]) said: \(output)")
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
