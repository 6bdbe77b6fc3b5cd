import Testing
@testable import ZIPArchive

@Suite struct LZ77MatcherTests {
    /// Rebuilds the input from the tokens, checking deflate's rules on each.
    struct Rebuilder: DeflateTokenSink {
        var bytes: [UInt8] = []
        var problems: [String] = []
        var matches = 0

        mutating func literal(_ byte: UInt8) { bytes.append(byte) }

        mutating func match(length: Int, distance: Int) {
            matches += 1
            guard (LZ77Matcher.minMatch...LZ77Matcher.maxMatch).contains(length) else { return problems.append("length \(length)") }
            guard (1...min(LZ77Matcher.window, bytes.count)).contains(distance) else { return problems.append("distance \(distance) at \(bytes.count)") }
            // Byte by byte: a match may overlap the bytes it copies (distance < length).
            for _ in 0..<length { bytes.append(bytes[bytes.count - distance]) }
        }
    }

    static func tokens(_ input: [UInt8]) -> Rebuilder {
        var rebuilder = Rebuilder()
        input.withUnsafeBufferPointer { LZ77Matcher.parse($0, into: &rebuilder) }
        return rebuilder
    }

    @Test func everyByteIsReportedOnceAndEveryMatchIsTrue() {
        var random = SplitMix(seed: 11)
        var inputs: [[UInt8]] = [[], [7], Array("abcabcabcabc".utf8), [UInt8](repeating: 0, count: 1000),
                                 MarkupDeflateTests.letter(paragraphs: 400)]
        for _ in 0..<300 {
            let alphabet = 1 + random.next(6)
            inputs.append((0..<random.next(3000)).map { _ in UInt8(97 + random.next(alphabet)) })
        }
        for input in inputs {
            let rebuilt = Self.tokens(input)
            #expect(rebuilt.problems.isEmpty, "\(rebuilt.problems.prefix(3))")
            #expect(rebuilt.bytes == input, "\(input.count) bytes")
        }
    }

    /// A run of one byte is one literal and matches at distance 1 of the longest length.
    @Test func aRunIsALiteralThenMatchesOfTheLongestLength() {
        let rebuilt = Self.tokens([UInt8](repeating: 0x41, count: 1 + 258 * 10))
        #expect(rebuilt.bytes.count == 1 + 258 * 10)
        #expect(rebuilt.matches == 10)
    }

    /// Bytes repeated exactly 32,768 back are found; 32,769 back is out of deflate's reach.
    @Test func matchesReachTheWindowAndNoFurther() {
        var random = SplitMix(seed: 5)
        let noise = (0..<33_000).map { _ in UInt8(random.next(256)) }
        let block = Array(noise.prefix(64))
        for gap in [32768, 32769] {
            let input = block + Array(noise[64..<gap]) + block
            let rebuilt = Self.tokens(input)
            #expect(rebuilt.problems.isEmpty)
            #expect(rebuilt.bytes == input)
            // Random bytes give no matches of four or more, so the repeat is the only one possible.
            #expect(rebuilt.matches == (gap == 32768 ? 1 : 0), "gap \(gap)")
        }
    }

    /// A code with unused symbols is described with the zero-run symbols 17 and 18, which the fitted
    /// code (every symbol used) never needs: a header for such a code and an end of block must inflate
    /// to nothing.
    @Test func headersWithRunsOfUnusedSymbolsInflate() throws {
        var random = SplitMix(seed: 9)
        for _ in 0..<50 {
            var literalCounts = (0..<286).map { _ in random.next(4) == 0 ? random.next(1000) : 0 }
            literalCounts[256] = 1  // the end of block needs a code
            let distanceCounts = (0..<30).map { _ in random.next(3) == 0 ? 1 + random.next(50) : 0 }
            let literalLengths = HuffmanLengths.build(literalCounts, limit: 15)
            var distanceLengths = HuffmanLengths.build(distanceCounts, limit: 15)
            if distanceLengths.allSatisfy({ $0 == 0 }) { distanceLengths[0] = 1 }
            var stream: [UInt8] = []
            var pending: UInt64 = 0, count: UInt64 = 0
            func put(_ bits: UInt64, _ n: UInt64) {
                pending |= bits << count
                count += n
                while count >= 8 { stream.append(UInt8(truncatingIfNeeded: pending)); pending >>= 8; count -= 8 }
            }
            for piece in MarkupCode.header(literalLengths: literalLengths, distanceLengths: distanceLengths) {
                put(piece & 0xFFFF_FFFF, piece >> 32)
            }
            put(UInt64(HuffmanLengths.reversedCodes(literalLengths)[256]), UInt64(literalLengths[256]))
            if count > 0 { stream.append(UInt8(truncatingIfNeeded: pending)) }
            #expect(try Deflate.decompress(stream, maxOutputSize: 0) == [])
        }
    }
}
