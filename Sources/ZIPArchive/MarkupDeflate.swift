/// A raw deflate encoder (RFC 1951) for WordprocessingML written once per document: three times
/// zlib's speed at its default level, for output about 3 % larger (3.1 % over the golden matrix's
/// documents, `DocumentCompressionTests`).
///
/// A batch deflates every letter's `word/document.xml`; at zlib's default level that was the largest
/// single cost of a DOCX (28 µs of a 6.6 KB letter). This encoder takes the shortcuts a markup part
/// allows: the whole part is in memory (no sliding window), one Huffman code fitted once to our
/// documents (``MarkupCode``) instead of one built per part, and zlib's middle-level matching
/// (``LZ77Matcher``). Any inflater reads the result; the output depends only on the input bytes, so
/// archives stay reproducible. Parts compressed once per process (styles, settings) still use zlib,
/// whose smaller output is worth its time there.
public enum MarkupDeflate {
    /// `bytes` as one raw deflate stream: a single block with ``MarkupCode``, or stored blocks when
    /// that would be smaller (bytes that do not compress).
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        let code = MarkupCode.shared
        // A literal costs at most 15 bits and a match at most 48 bits for four or more bytes, so two
        // bytes per input byte and the header always suffice (the writer stores four bytes at a time).
        let bound = 8 * code.header.count + 2 * bytes.count + 16
        let encoded = [UInt8](unsafeUninitializedCapacity: bound) { out, written in
            code.literal.withUnsafeBufferPointer { literal in
                code.length.withUnsafeBufferPointer { length in
                    code.distance.withUnsafeBufferPointer { distance in
                        DeflateSymbols.distanceSlot.withUnsafeBufferPointer { slot in
                            var writer = DeflateBitWriter(start: out.baseAddress!, literalCodes: literal.baseAddress!,
                                                          lengthCodes: length.baseAddress!, distanceCodes: distance.baseAddress!,
                                                          distanceSlot: slot.baseAddress!)
                            for piece in code.header { writer.put(piece & 0xFFFF_FFFF, count: piece >> 32) }
                            bytes.withUnsafeBufferPointer { LZ77Matcher.parse($0, into: &writer) }
                            writer.finish()
                            written = writer.next - out.baseAddress!
                        }
                    }
                }
            }
        }
        return encoded.count <= storedSize(bytes.count) ? encoded : stored(bytes)
    }

    /// The size of `count` bytes in stored blocks: five bytes of header per 65,535 bytes.
    static func storedSize(_ count: Int) -> Int { count + 5 * max(1, (count + 65534) / 65535) }

    /// `bytes` in stored blocks (RFC 1951, 3.2.4), the last one final.
    static func stored(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(storedSize(bytes.count))
        var start = 0
        repeat {
            let count = min(65535, bytes.count - start)
            let final = start + count == bytes.count
            out.append(final ? 1 : 0)  // BFINAL, BTYPE 00, padding to the byte
            out.append(contentsOf: [UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)])
            out.append(contentsOf: bytes[start..<start + count])
            start += count
        } while start < bytes.count
        return out
    }
}

extension MarkupDeflate {
    /// How often each literal/length symbol (0...285) and each distance symbol (0...29) occurs when
    /// the matcher parses `bytes`, end of block included: the counts ``MarkupCode`` is fitted to
    /// (`RedressBench --fit-markup-code` prints them for the sample documents).
    public static func symbolCounts(of bytes: [UInt8]) -> (literalLengths: [Int], distances: [Int]) {
        var counter = SymbolCounter()
        bytes.withUnsafeBufferPointer { LZ77Matcher.parse($0, into: &counter) }
        counter.literalLengths[256] += 1
        return (counter.literalLengths, counter.distances)
    }

    /// Counts the symbols the tokens would be sent as.
    private struct SymbolCounter: DeflateTokenSink {
        var literalLengths = [Int](repeating: 0, count: 286)
        var distances = [Int](repeating: 0, count: 30)

        mutating func literal(_ byte: UInt8) { literalLengths[Int(byte)] += 1 }

        mutating func match(length: Int, distance: Int) {
            literalLengths[257 + DeflateSymbols.lengthCode[length]] += 1
            distances[DeflateSymbols.distanceCode(distance)] += 1
        }
    }
}
