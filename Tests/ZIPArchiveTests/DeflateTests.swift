import Testing
@testable import ZIPArchive

@Suite struct DeflateTests {
    @Test func crc32KnownVector() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func crc32ContinuesARunningChecksum() {
        let whole = CRC32.checksum(Array("123456789".utf8))
        let first = CRC32.checksum(Array("1234".utf8))
        #expect(CRC32.checksum(Array("56789".utf8), initial: first) == whole)
    }

    @Test(arguments: [0, 1, 100, 70_000])
    func roundTrips(size: Int) throws {
        let input = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 7) }
        let packed = Deflate.compress(input)
        #expect(try Deflate.decompress(packed, maxOutputSize: size) == input)
    }

    @Test func compressesRepetitiveText() {
        let input = Array(String(repeating: "<w:p><w:r><w:t>Hello</w:t></w:r></w:p>", count: 200).utf8)
        #expect(Deflate.compress(input).count < input.count / 20)
    }

    /// The per-thread stream is reset between calls: whatever came before, the bytes are those a
    /// stream made for the call gives (what keeps ZIP files reproducible).
    @Test func aReusedStreamGivesTheBytesOfANewOne() {
        let inputs: [[UInt8]] = [
            Array(String(repeating: "<w:p><w:r><w:t>Hello</w:t></w:r></w:p>", count: 300).utf8),
            [],
            (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 / 13) },
            Array("short".utf8),
            Array(String(repeating: "O'Brien & <Sons> ", count: 40).utf8),
        ]
        for input in inputs + inputs.reversed() {
            #expect(Deflate.compress(input) == Deflate.compressWithNewStream(input))
        }
    }

    @Test func threadsCompressAtOnceWithoutSharingAStream() async {
        let input = Array(String(repeating: "<w:p><w:r><w:t>Line</w:t></w:r></w:p>\n", count: 500).utf8)
        let expected = Deflate.compressWithNewStream(input)
        let results = await withTaskGroup(of: Bool.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    (0..<20).allSatisfy { round in
                        let own = input + Array("worker \(worker) round \(round)".utf8)
                        return Deflate.compress(input) == expected
                            && (try? Deflate.decompress(Deflate.compress(own), maxOutputSize: own.count)) == own
                    }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 8))
    }

    @Test func refusesToInflatePastTheLimit() {
        let packed = Deflate.compress([UInt8](repeating: 0, count: 1 << 20))
        #expect(throws: Deflate.Error.outputLimitExceeded(limit: 1000)) {
            try Deflate.decompress(packed, maxOutputSize: 1000)
        }
    }

    @Test func reportsATruncatedStream() {
        let packed = Deflate.compress(Array(String(repeating: "abcdefghij", count: 500).utf8))
        #expect(throws: Deflate.Error.truncated) {
            try Deflate.decompress(Array(packed.prefix(packed.count / 2)), maxOutputSize: 1 << 20)
        }
    }

    @Test func reportsCorruptData() {
        #expect {
            try Deflate.decompress([0xFF, 0xFF, 0xFF, 0xFF], maxOutputSize: 100)
        } throws: { error in
            if case .corrupt = error as? Deflate.Error { return true }
            return false
        }
    }
}
