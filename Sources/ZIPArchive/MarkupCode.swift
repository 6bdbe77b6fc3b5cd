/// The one prefix code every ``MarkupDeflate`` stream uses, fitted once to WordprocessingML, and the
/// block header that describes it (RFC 1951, 3.2.7).
///
/// Fitting a code to each document (what zlib does) means counting its symbols, building two Huffman
/// codes and describing them: about a fifth of zlib's time on a letter. Documents made from our
/// templates use the same markup and the same languages, so one code fitted to them loses little
/// (about 1.5 % more bytes than a code fitted to each part, estimated from the sample documents'
/// symbol counts), and every symbol has a code, so any bytes can still be encoded.
struct MarkupCode: Sendable {
    /// Each literal and end-of-block symbol (0...256) as `code | bitCount << 24`.
    let literal: [UInt32]
    /// Each match length 3...258 as its length symbol's code and extra bits, `bits | bitCount << 24`.
    let length: [UInt32]
    /// Each distance code 0...29 as `code | codeLength << 16 | extraBits << 24 | baseDistance << 32`.
    let distance: [UInt64]
    /// The block header (final block, dynamic codes, the code lengths), in 32-bit pieces to send in
    /// order: `bits | bitCount << 32`.
    let header: [UInt64]

    /// The code made from the training counts.
    static let shared = MarkupCode(literalLengthFrequencies: trainingLiteralLengths, distanceFrequencies: trainingDistances)

    /// A code for these symbol counts; one is added to each so that every symbol gets a code.
    init(literalLengthFrequencies: [Int], distanceFrequencies: [Int]) {
        precondition(literalLengthFrequencies.count == 286 && distanceFrequencies.count == 30)
        let literalLengths = HuffmanLengths.build(literalLengthFrequencies.map { $0 + 1 }, limit: 15)
        let distanceLengths = HuffmanLengths.build(distanceFrequencies.map { $0 + 1 }, limit: 15)
        let literalCodes = HuffmanLengths.reversedCodes(literalLengths)
        let distanceCodes = HuffmanLengths.reversedCodes(distanceLengths)
        literal = (0...256).map { literalCodes[$0] | UInt32(literalLengths[$0]) << 24 }
        length = (0...258).map { length in
            guard length >= 3 else { return 0 }
            let code = DeflateSymbols.lengthCode[length], symbol = 257 + code
            let extra = UInt32(length - DeflateSymbols.lengthBase[code])
            return (literalCodes[symbol] | extra << UInt32(literalLengths[symbol]))
                | (UInt32(literalLengths[symbol]) + UInt32(DeflateSymbols.lengthExtra[code])) << 24
        }
        distance = (0..<30).map { code in
            UInt64(distanceCodes[code]) | UInt64(distanceLengths[code]) << 16
                | UInt64(DeflateSymbols.distanceExtra[code]) << 24 | UInt64(DeflateSymbols.distanceBase[code]) << 32
        }
        header = Self.header(literalLengths: literalLengths, distanceLengths: distanceLengths)
    }

    /// The header of a final block with dynamic codes: HLIT, HDIST, HCLEN, the code-length code, then
    /// both code-length sequences run-length coded (16 repeats the previous length 3-6 times; 17 and
    /// 18 give 3-10 and 11-138 zeros).
    static func header(literalLengths: [UInt8], distanceLengths: [UInt8]) -> [UInt64] {
        let all = literalLengths + distanceLengths
        var runs: [(symbol: Int, extra: UInt32, extraCount: Int)] = []
        var i = 0
        while i < all.count {
            let length = all[i]
            var run = 1
            while i + run < all.count, all[i + run] == length { run += 1 }
            i += run
            if length == 0 {
                while run >= 11 { let n = min(run, 138); runs.append((18, UInt32(n - 11), 7)); run -= n }
                if run >= 3 { runs.append((17, UInt32(run - 3), 3)); run = 0 }
            } else {
                runs.append((Int(length), 0, 0))
                run -= 1
                while run >= 3 { let n = min(run, 6); runs.append((16, UInt32(n - 3), 2)); run -= n }
            }
            runs += repeatElement((symbol: Int(length), extra: UInt32(0), extraCount: 0), count: run)
        }
        var frequencies = [Int](repeating: 0, count: 19)
        for run in runs { frequencies[run.symbol] += 1 }
        let lengths = HuffmanLengths.build(frequencies, limit: 7)
        let codes = HuffmanLengths.reversedCodes(lengths)
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var sent = order.count
        while sent > 4, lengths[order[sent - 1]] == 0 { sent -= 1 }

        var bits = BitString()
        bits.append(1, count: 1)  // BFINAL: the only block
        bits.append(2, count: 2)  // BTYPE 10: dynamic Huffman codes
        bits.append(UInt32(literalLengths.count - 257), count: 5)
        bits.append(UInt32(distanceLengths.count - 1), count: 5)
        bits.append(UInt32(sent - 4), count: 4)
        for symbol in order.prefix(sent) { bits.append(UInt32(lengths[symbol]), count: 3) }
        for run in runs {
            bits.append(codes[run.symbol], count: Int(lengths[run.symbol]))
            bits.append(run.extra, count: run.extraCount)
        }
        return bits.finished
    }

    /// Bits collected into 32-bit pieces, least significant first.
    private struct BitString {
        private var pieces: [UInt64] = []
        private var current: UInt64 = 0
        private var count = 0

        mutating func append(_ value: UInt32, count bitCount: Int) {
            for bit in 0..<bitCount {
                current |= UInt64((value >> UInt32(bit)) & 1) << UInt64(count)
                count += 1
                if count == 32 { flush() }
            }
        }

        /// The pieces, the last one partly filled.
        var finished: [UInt64] { count > 0 ? pieces + [current | UInt64(count) << 32] : pieces }

        private mutating func flush() {
            pieces.append(current | UInt64(count) << 32)
            current = 0
            count = 0
        }
    }
}
