import Testing
@testable import ZIPArchive

@Suite struct HuffmanLengthsTests {
    /// Kraft's sum: 1 for a complete prefix code (zlib's inflate refuses an incomplete one).
    static func kraft(_ lengths: [UInt8]) -> Double {
        lengths.filter { $0 > 0 }.reduce(0) { $0 + 1 / Double(1 << Int($1)) }
    }

    @Test func aSkewedAlphabetGetsACompleteCodeWithinTheLimit() {
        // Fibonacci frequencies make the deepest Huffman trees: 30 symbols would need 29 bits.
        var frequencies = [1, 1]
        while frequencies.count < 30 { frequencies.append(frequencies[frequencies.count - 1] + frequencies[frequencies.count - 2]) }
        for limit in [7, 15] {
            let lengths = HuffmanLengths.build(frequencies, limit: limit)
            #expect(lengths.allSatisfy { (1...UInt8(limit)).contains($0) })
            #expect(Self.kraft(lengths) == 1)
            // More frequent symbols never get longer codes.
            #expect(zip(lengths, lengths.dropFirst()).allSatisfy { $0 >= $1 })
        }
    }

    @Test func withoutTheLimitTheCodeIsHuffmans() {
        // Huffman's cost for 5, 9, 12, 13, 16, 45 is 224 (the textbook example: 0, 100, 101, 1100, 1101, 111).
        let frequencies = [45, 13, 12, 16, 9, 5]
        let lengths = HuffmanLengths.build(frequencies, limit: 15)
        #expect(zip(frequencies, lengths).reduce(0) { $0 + $1.0 * Int($1.1) } == 224)
        #expect(Self.kraft(lengths) == 1)
    }

    @Test func unusedSymbolsGetNoCodeAndALoneSymbolGetsOneBit() {
        #expect(HuffmanLengths.build([0, 3, 0, 3], limit: 15) == [0, 1, 0, 1])
        #expect(HuffmanLengths.build([0, 0, 9], limit: 15) == [0, 0, 1])
        #expect(HuffmanLengths.build([0, 0], limit: 15) == [0, 0])
    }

    /// RFC 1951, 3.2.2's example: lengths (3, 3, 3, 3, 3, 2, 4, 4) give codes 010, 011, 100, 101,
    /// 110, 00, 1110, 1111; we keep them bit-reversed.
    @Test func canonicalCodesMatchTheRFCExample() {
        let codes = HuffmanLengths.reversedCodes([3, 3, 3, 3, 3, 2, 4, 4])
        let expected: [(UInt32, Int)] = [(0b010, 3), (0b011, 3), (0b100, 3), (0b101, 3), (0b110, 3), (0b00, 2), (0b1110, 4), (0b1111, 4)]
        for (code, (value, length)) in zip(codes, expected) {
            let reversed = (0..<length).reduce(UInt32(0)) { $0 | ((value >> UInt32($1)) & 1) << UInt32(length - 1 - $1) }
            #expect(code == reversed)
        }
    }

    @Test func theFittedCodeIsCompleteAndCoversEverySymbol() {
        let literal = HuffmanLengths.build(MarkupCode.trainingLiteralLengths.map { $0 + 1 }, limit: 15)
        let distance = HuffmanLengths.build(MarkupCode.trainingDistances.map { $0 + 1 }, limit: 15)
        #expect(literal.count == 286 && literal.allSatisfy { $0 > 0 } && Self.kraft(literal) == 1)
        #expect(distance.count == 30 && distance.allSatisfy { $0 > 0 } && Self.kraft(distance) == 1)
    }
}
