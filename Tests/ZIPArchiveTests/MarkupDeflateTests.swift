import Testing
@testable import ZIPArchive

@Suite struct MarkupDeflateTests {
    /// Paragraphs shaped like our `word/document.xml`, with text that varies.
    static func letter(paragraphs: Int, seed: UInt64 = 1) -> [UInt8] {
        var random = SplitMix(seed: seed)
        let words = ["debt", "collector", "contact", "me", "O'Brien &amp; &lt;Sons&gt;", "§ 1692c(c)", "señora", "año",
                     "$1,234.56", "you", "must", "stop", "letter", "September 14, 2026", "account", "ending", "2094"]
        let styles = ["BodyText", "Address", "ListBullet", "Subject", "Heading1"]
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
        for _ in 0..<paragraphs {
            xml += #"<w:p><w:pPr><w:pStyle w:val=""# + styles[random.next(styles.count)] + #""/></w:pPr><w:r><w:t xml:space="preserve">"#
            xml += (0..<(3 + random.next(25))).map { _ in words[random.next(words.count)] }.joined(separator: " ")
            xml += "</w:t></w:r></w:p>"
        }
        return Array((xml + "</w:body></w:document>").utf8)
    }

    static func roundTrip(_ input: [UInt8]) throws -> [UInt8] {
        try Deflate.decompress(MarkupDeflate.compress(input), maxOutputSize: input.count)
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 17, 300])
    func markupOfEveryLengthInflates(paragraphs: Int) throws {
        let input = Self.letter(paragraphs: paragraphs)
        #expect(try Self.roundTrip(input) == input)
    }

    @Test(arguments: 0..<12)
    func shortInputsInflate(length: Int) throws {
        let input = Array(Array("<w:t>aaaa</w:t>".utf8).prefix(length))
        #expect(try Self.roundTrip(input) == input)
    }

    /// Runs of one byte (distance 1, the longest length 258 again and again), matches at the edge of
    /// the 32 KiB window and past it, every byte value, and bytes that do not compress.
    @Test func edgeCasesInflate() throws {
        var random = SplitMix(seed: 7)
        let noise = (0..<40_000).map { _ in UInt8(random.next(256)) }
        let block = Array(noise.prefix(300))
        let cases: [[UInt8]] = [
            [UInt8](repeating: 0x41, count: 100_000),
            (0..<256).map { UInt8($0) } + (0..<256).map { UInt8(255 - $0) },
            block + Array(noise[300..<(300 + 32768 - 300)]) + block,  // the repeat starts 32,768 back
            block + Array(noise[300..<(300 + 32769 - 300)]) + block,  // one byte too far to reach
            noise,
            noise + noise + noise,  // 120 KB: matches 40,000 back are out of reach
            Self.letter(paragraphs: 3000),  // about 400 KB of markup
        ]
        for input in cases {
            #expect(try Self.roundTrip(input) == input, "\(input.count) bytes")
        }
    }

    @Test func randomMixturesInflate() throws {
        var random = SplitMix(seed: 42)
        for round in 0..<200 {
            // Pieces of a small alphabet, of markup and of noise, so matches of every length and
            // distance meet literals of every kind.
            var input: [UInt8] = []
            for _ in 0..<(1 + random.next(40)) {
                switch random.next(3) {
                case 0: input += (0..<random.next(200)).map { _ in UInt8(97 + random.next(3)) }
                case 1: input += Self.letter(paragraphs: random.next(4), seed: UInt64(round))
                default: input += (0..<random.next(100)).map { _ in UInt8(random.next(256)) }
                }
            }
            #expect(try Self.roundTrip(input) == input, "round \(round)")
        }
    }

    /// Bytes that do not compress go in stored blocks (65,535 bytes each at most), never larger.
    @Test func incompressibleBytesAreStored() throws {
        var random = SplitMix(seed: 3)
        let noise = (0..<150_000).map { _ in UInt8(random.next(256)) }
        let packed = MarkupDeflate.compress(noise)
        #expect(packed.count == noise.count + 3 * 5)
        #expect(packed[0] == 0)  // BFINAL 0, BTYPE 00
        #expect(try Deflate.decompress(packed, maxOutputSize: noise.count) == noise)
        #expect(MarkupDeflate.compress([]) == [1, 0, 0, 0xFF, 0xFF])
    }

    @Test func markupIsOneBlockWithTheFittedCode() {
        let packed = MarkupDeflate.compress(Self.letter(paragraphs: 40))
        #expect(packed[0] & 0b111 == 0b101)  // BFINAL 1, BTYPE 10 (dynamic codes)
    }

    @Test func sameBytesEveryTime() {
        let input = Self.letter(paragraphs: 60)
        #expect(MarkupDeflate.compress(input) == MarkupDeflate.compress(input))
    }

    /// Markup shrinks to a fraction, though less than with zlib on these random word sequences (real
    /// documents come within 6 %: `DocumentCompressionTests`, with the golden documents).
    @Test func markupCompresses() {
        let input = Self.letter(paragraphs: 60)
        let ours = MarkupDeflate.compress(input).count, zlib = Deflate.compress(input).count
        #expect(Double(ours) < Double(zlib) * 1.25, "\(ours) vs zlib \(zlib)")
        #expect(ours < input.count / 4)
    }
}

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
