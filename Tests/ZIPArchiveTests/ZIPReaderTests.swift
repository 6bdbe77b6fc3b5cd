import Testing
import ZIPArchive

@Suite struct ZIPReaderTests {
    static func archive(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var writer = ZIPWriter()
        for (path, contents) in entries { writer.add(path: path, contents: contents) }
        return writer.finish()
    }

    @Test func refusesAZipBombByRatio() {
        // 20 MiB of zeros deflates to under 100 KiB: a ratio over 200:1.
        let bomb = Self.archive([("word/document.xml", [UInt8](repeating: 0, count: 20 << 20))])
        #expect {
            try ZIPReader(bomb)
        } throws: { error in
            guard case .compressionRatioExceeded(let path, let ratio, 100)? = error as? ZIPReader.Error else { return false }
            return path == "word/document.xml" && ratio > 200
        }
    }

    @Test func refusesTooMuchInTotal() {
        let bytes = Self.archive([("a", Array(repeating: 1, count: 600)), ("b", Array(repeating: 2, count: 600))])
        #expect(throws: ZIPReader.Error.totalSizeExceeded(limit: 1000)) {
            try ZIPReader(bytes, limits: .init(maxTotalUncompressedSize: 1000))
        }
    }

    @Test func refusesTooManyEntries() {
        let bytes = Self.archive((0..<5).map { ("f\($0)", [UInt8]()) })
        #expect(throws: ZIPReader.Error.tooManyEntries(count: 5, limit: 4)) {
            try ZIPReader(bytes, limits: .init(maxEntries: 4))
        }
    }

    @Test(arguments: [
        "../evil.txt", "word/../../evil.txt", "/etc/passwd", "\\windows\\x", "C:\\x", "a\\..\\..\\b", "..",
        "word/a\u{0}b.xml", "a\u{1B}[2J.xml", "x\ny", "tab\there", "c1\u{85}.xml", "del\u{7F}",
    ])
    func refusesUnsafePaths(path: String) {
        let bytes = Self.archive([("ok.txt", [1]), (path, Array("owned".utf8))])
        #expect(throws: ZIPReader.Error.unsafePath(path)) { try ZIPReader(bytes) }
    }

    @Test(arguments: ["a..b/c", "..hidden", "dir/", "x/y/z.xml"])
    func acceptsSafePathsWithDots(path: String) throws {
        #expect(try ZIPReader(Self.archive([(path, [])])).entries.map(\.path) == [path])
    }

    @Test func refusesDuplicatePaths() {
        #expect(throws: ZIPReader.Error.duplicatePath("a")) { try ZIPReader(Self.archive([("a", [1]), ("a", [2])])) }
    }

    @Test func refusesAnEntryThatLiesAboutItsSize() throws {
        var bytes = Self.archive([("a.txt", Array(String(repeating: "x", count: 5000).utf8))])
        // Declare 10 bytes uncompressed in both headers; inflation must stop there.
        let central = try #require(Self.offset(of: [0x50, 0x4B, 0x01, 0x02], in: bytes))
        for at in [22, central + 24] { bytes[at] = 10; bytes[at + 1] = 0; bytes[at + 2] = 0; bytes[at + 3] = 0 }
        let reader = try ZIPReader(bytes)
        #expect(throws: ZIPReader.Error.sizeMismatch("a.txt", declared: 10)) { try reader.contents(atPath: "a.txt") }
    }

    @Test func detectsACorruptedChecksum() throws {
        var bytes = Self.archive([("a.txt", Array("hello".utf8))])
        let central = try #require(Self.offset(of: [0x50, 0x4B, 0x01, 0x02], in: bytes))
        bytes[central + 16] ^= 0xFF
        #expect(throws: ZIPReader.Error.checksumMismatch("a.txt")) { try ZIPReader(bytes).contents(atPath: "a.txt") }
    }

    @Test func refusesWhatIsNotAZIP() {
        #expect(throws: ZIPReader.Error.notAZIPArchive) { try ZIPReader(Array("just some text, not an archive".utf8)) }
        #expect(throws: ZIPReader.Error.notAZIPArchive) { try ZIPReader([]) }
    }

    @Test func refusesATruncatedArchive() {
        let bytes = Self.archive([("a.txt", Array(String(repeating: "data ", count: 100).utf8))])
        #expect(throws: (any Error).self) { try ZIPReader(Array(bytes.prefix(bytes.count - 30))) }
        #expect(throws: (any Error).self) { try ZIPReader(Array(bytes.suffix(60))) }
    }

    static func offset(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

@Suite struct ZIPPassThroughTests {
    @Test func copiesStoredEntriesVerbatim() throws {
        let original = ZIPWriterTests.sample()
        let reader = try ZIPReader(original)
        var copy = ZIPWriter()
        for entry in reader.entries { copy.add(try reader.preparedEntry(for: entry)) }
        #expect(copy.finish() == original)
    }
}
